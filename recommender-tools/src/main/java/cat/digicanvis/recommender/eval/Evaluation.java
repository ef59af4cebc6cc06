package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.Metrics;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Interaction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Offline evaluation of recommenders on one split: each model trains on the training interactions, then
 * ranks, for every test body, all items that body did not interact with in training. Relevant items are
 * the test items graded at least {@code relevant}; their grades are the gains.
 */
public final class Evaluation {

    /** One model's figures for warm or cold bodies. */
    public record Scores(double ndcg, double recall, double coverage, int bodies) {
    }

    /** One model's figures. */
    public record ModelResult(String model, Scores warm, Scores cold) {
    }

    private final Dataset data;
    private final Split split;
    private final int k;
    private final double relevant;

    public Evaluation(Dataset data, Split split, int k, double relevant) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        this.data = data;
        this.split = split;
        this.k = k;
        this.relevant = relevant;
    }

    public ModelResult evaluate(Recommender model) {
        model.fit(data.withInteractions(split.train()));
        Map<String, Set<String>> seen = new HashMap<>();
        split.train().forEach(x -> seen.computeIfAbsent(x.body(), b -> new HashSet<>()).add(x.item()));
        return new ModelResult(model.name(), score(model, split.warmTest(), seen), score(model, split.coldTest(), seen));
    }

    private Scores score(Recommender model, List<Interaction> test, Map<String, Set<String>> seen) {
        Map<String, Map<String, Double>> gains = new TreeMap<>();
        for (Interaction x : test) {
            if (x.grade() >= relevant && !seen.getOrDefault(x.body(), Set.of()).contains(x.item())) {
                gains.computeIfAbsent(x.body(), b -> new LinkedHashMap<>()).merge(x.item(), x.grade(), Math::max);
            }
        }
        double ndcg = 0;
        double recall = 0;
        Set<String> recommended = new HashSet<>();
        for (Map.Entry<String, Map<String, Double>> e : gains.entrySet()) {
            List<String> ranking = model.recommend(e.getKey(), seen.getOrDefault(e.getKey(), Set.of()), k).stream()
                    .map(ScoredItem::item).toList();
            recommended.addAll(ranking);
            ndcg += Metrics.ndcg(ranking, e.getValue(), k);
            recall += Metrics.recall(ranking, e.getValue(), k);
        }
        int n = gains.size();
        return new Scores(n == 0 ? 0 : ndcg / n, n == 0 ? 0 : recall / n,
                recommended.size() / (double) data.items().size(), n);
    }
}
