package cat.digicanvis.recommender;

import java.util.List;
import java.util.Map;

/** Ranking metrics at a cut-off k, with graded relevance (the gain of an item is its grade). */
public final class Metrics {

    private Metrics() {
    }

    /** NDCG@k: DCG of the ranking over the DCG of the ideal ranking of the relevant items. */
    public static double ndcg(List<String> ranking, Map<String, Double> relevantGains, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += relevantGains.getOrDefault(ranking.get(i), 0.0) / log2(i + 2);
        }
        List<Double> ideal = relevantGains.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Recall@k: the share of the relevant items found in the first k. */
    public static double recall(List<String> ranking, Map<String, Double> relevantGains, int k) {
        if (relevantGains.isEmpty()) {
            return 0;
        }
        long found = ranking.stream().limit(k).filter(relevantGains::containsKey).count();
        return found / (double) relevantGains.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
