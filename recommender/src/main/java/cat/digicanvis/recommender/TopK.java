package cat.digicanvis.recommender;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The k best of many scores, best first, ties broken by name so that results are reproducible: one insertion
 * scan over a small sorted buffer (k is 10 or 30 here, the candidates thousands). The one top-k of the library.
 */
public final class TopK {

    private TopK() {
    }

    /** Indices of the k best scores among those {@code keep} accepts (null: all), best first. */
    public static int[] indices(double[] s, int k, IntPredicate keep, IntFunction<String> name) {
        int[] best = new int[Math.max(0, Math.min(k, s.length))];
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (best.length == 0 || (keep != null && !keep.test(i))) {
                continue;
            }
            if (n == best.length && !better(s, name, i, best[n - 1])) {
                continue;
            }
            int at = n == best.length ? n - 1 : n++;
            while (at > 0 && better(s, name, i, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        return n == best.length ? best : java.util.Arrays.copyOf(best, n);
    }

    private static boolean better(double[] s, IntFunction<String> name, int a, int b) {
        return s[a] > s[b] || (s[a] == s[b] && name.apply(a).compareTo(name.apply(b)) < 0);
    }
}
