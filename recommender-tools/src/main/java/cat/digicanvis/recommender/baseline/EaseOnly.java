package cat.digicanvis.recommender.baseline;


import cat.digicanvis.recommender.eval.Recommender;
import cat.digicanvis.recommender.eval.ScoredItem;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.hybrid.Ease;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The collaborative model alone, at a fixed λ, with popularity for bodies it never saw: a reference for what the
 * blend takes from it.
 */
public final class EaseOnly implements Recommender {

    private final double lambda;
    private Ease ease;
    private Map<String, Set<String>> positives;
    private Map<String, Double> popular;

    public EaseOnly(double lambda) {
        this.lambda = lambda;
    }

    @Override
    public String name() {
        return "ease";
    }

    @Override
    public void fit(Dataset train) {
        positives = Ease.positives(train.interactions());
        ease = Ease.fit(positives, train.items().keySet(), lambda);
        popular = Popularity.tieBreak(Popularity.sums(train.interactions()));
        train.items().keySet().forEach(i -> popular.putIfAbsent(i, 0.0));
    }

    @Override
    public List<ScoredItem> recommend(String bodyId, Set<String> exclude, int k) {
        Set<String> history = positives.get(bodyId);
        if (history == null) {
            return ScoredItem.top(popular, exclude, k);
        }
        double[] s = ease.scores(history.stream().mapToInt(ease::column).filter(j -> j >= 0).toArray());
        Map<String, Double> scores = new HashMap<>(popular);
        for (int j = 0; j < s.length; j++) {
            scores.merge(ease.itemId(j), s[j], Double::sum);
        }
        return ScoredItem.top(scores, exclude, k);
    }
}
