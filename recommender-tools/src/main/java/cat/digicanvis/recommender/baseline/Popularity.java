package cat.digicanvis.recommender.baseline;


import cat.digicanvis.recommender.eval.Recommender;
import cat.digicanvis.recommender.eval.ScoredItem;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Interaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The same list for everyone: items by the sum of their grades. The baseline every model must beat. */
public final class Popularity implements Recommender {

    private Map<String, Double> scores = Map.of();

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public void fit(Dataset train) {
        scores = sums(train.interactions());
        train.items().keySet().forEach(i -> scores.putIfAbsent(i, 0.0));
    }

    static Map<String, Double> sums(Iterable<Interaction> interactions) {
        Map<String, Double> out = new HashMap<>();
        for (Interaction x : interactions) {
            out.merge(x.item(), x.grade(), Double::sum);
        }
        return out;
    }

    /**
     * Popularity scaled far below any real score (at most 1e-6), to add to another model's scores so that
     * it breaks their ties and fills their lists without changing their order otherwise.
     */
    static Map<String, Double> tieBreak(Map<String, Double> sums) {
        double scale = 1e-6 / Math.max(1, sums.values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
        Map<String, Double> out = new HashMap<>();
        sums.forEach((item, p) -> out.put(item, p * scale));
        return out;
    }

    @Override
    public List<ScoredItem> recommend(String bodyId, Set<String> exclude, int k) {
        return ScoredItem.top(scores, exclude, k);
    }
}
