package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.TopK;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An item with the score a recommender gave it. */
public record ScoredItem(String item, double score) {

    /** The k best of a map of scores, leaving out {@code exclude}, best first (ties by item id). */
    public static List<ScoredItem> top(Map<String, Double> scores, Set<String> exclude, int k) {
        String[] names = new String[scores.size()];
        double[] s = new double[names.length];
        int n = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (!exclude.contains(e.getKey())) {
                names[n] = e.getKey();
                s[n++] = e.getValue();
            }
        }
        double[] used = java.util.Arrays.copyOf(s, n);
        List<ScoredItem> out = new ArrayList<>();
        for (int i : TopK.indices(used, k, null, i -> names[i])) {
            out.add(new ScoredItem(names[i], used[i]));
        }
        return out;
    }
}
