package cat.digicanvis.recommender.baseline;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Body profiles made comparable: numeric features as z-scores (population and area on a log scale, since a
 * council of 3,000 is closer to one of 6,000 than to one of 80,000), categorical ones as sets. Similarity is
 * a kernel on the numeric distance plus the overlap of categorical values.
 */
final class Profiles {

    private final Map<String, double[]> vectors = new HashMap<>();
    private final Map<String, Set<String>> categories = new HashMap<>();

    Profiles(Dataset data) {
        Set<String> numericNames = new java.util.TreeSet<>();
        data.bodies().values().forEach(b -> numericNames.addAll(b.features().numeric().keySet()));
        String[] names = numericNames.toArray(String[]::new);
        double[] mean = new double[names.length];
        double[] sd = new double[names.length];
        int[] n = new int[names.length];
        for (Body b : data.bodies().values()) {
            for (int i = 0; i < names.length; i++) {
                Double v = b.features().number(names[i]);
                if (v != null) {
                    mean[i] += scale(names[i], v);
                    n[i]++;
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            mean[i] = n[i] == 0 ? 0 : mean[i] / n[i];
        }
        for (Body b : data.bodies().values()) {
            for (int i = 0; i < names.length; i++) {
                Double v = b.features().number(names[i]);
                if (v != null) {
                    double d = scale(names[i], v) - mean[i];
                    sd[i] += d * d;
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            sd[i] = n[i] < 2 ? 1 : Math.max(1e-9, Math.sqrt(sd[i] / (n[i] - 1)));
        }
        for (Body b : data.bodies().values()) {
            double[] vector = new double[names.length];
            for (int i = 0; i < names.length; i++) {
                Double v = b.features().number(names[i]);
                vector[i] = v == null ? 0 : (scale(names[i], v) - mean[i]) / sd[i];
            }
            vectors.put(b.id(), vector);
            Set<String> cats = new HashSet<>();
            b.features().categorical().forEach((k, vs) -> vs.forEach(v -> cats.add(k + "=" + v)));
            categories.put(b.id(), cats);
        }
    }

    private static double scale(String name, double v) {
        return name.equals("population") || name.equals("area_km2") ? Math.log1p(Math.max(0, v)) : v;
    }

    boolean hasNumeric() {
        return vectors.values().stream().anyMatch(v -> v.length > 0);
    }

    /** In (0, 2]: 1 for an identical numeric profile, plus the Jaccard overlap of categorical values. */
    double similarity(String a, String b) {
        double[] x = vectors.get(a);
        double[] y = vectors.get(b);
        double d2 = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - y[i];
            d2 += d * d;
        }
        double numeric = x.length == 0 ? 0 : Math.exp(-d2 / (2.0 * x.length));
        Set<String> ca = categories.get(a);
        Set<String> cb = categories.get(b);
        double jaccard = 0;
        if (!ca.isEmpty() || !cb.isEmpty()) {
            long common = ca.stream().filter(cb::contains).count();
            jaccard = common / (double) (ca.size() + cb.size() - common);
        }
        return numeric + jaccard;
    }
}
