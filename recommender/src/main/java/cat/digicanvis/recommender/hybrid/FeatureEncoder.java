package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Features;
import cat.digicanvis.recommender.data.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Turns bodies and items into the sparse features the factorization machine sees. Body features start
 * with {@code b.}, item features with {@code i.} and the item's lead body's with {@code o.}, so that the
 * factorization machine learns "bodies like this take up projects like that" across the two sides. Numbers
 * become quintile buckets (the machine has no regularisation, and raw magnitudes would dominate), text is
 * left out, needs are weights in [0, 1].
 */
final class FeatureEncoder {

    static final int BUCKETS = 5;
    private static final List<String> SKIPPED = List.of("needs", "text", "name");

    /** Quintile cut points of each numeric column, for bodies and for items. */
    private final Map<String, double[]> bodyEdges;
    private final Map<String, double[]> itemEdges;

    private FeatureEncoder(Map<String, double[]> bodyEdges, Map<String, double[]> itemEdges) {
        this.bodyEdges = bodyEdges;
        this.itemEdges = itemEdges;
    }

    static FeatureEncoder fit(Dataset data) {
        return new FeatureEncoder(edges(data.bodies().values().stream().map(Body::features).toList()),
                edges(data.items().values().stream().map(Item::features).toList()));
    }

    private static Map<String, double[]> edges(Collection<Features> all) {
        Map<String, List<Double>> values = new TreeMap<>();
        for (Features f : all) {
            f.numeric().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, double[]> out = new TreeMap<>();
        values.forEach((k, vs) -> {
            double[] sorted = vs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] cuts = new double[BUCKETS - 1];
            for (int i = 1; i < BUCKETS; i++) {
                cuts[i - 1] = sorted[Math.min(sorted.length - 1, i * sorted.length / BUCKETS)];
            }
            out.put(k, cuts);
        });
        return out;
    }

    private static int bucket(double[] cuts, double v) {
        int b = 0;
        while (b < cuts.length && v >= cuts[b]) {
            b++;
        }
        return b;
    }

    /** The body's features; its id only when asked (the trainer drops it at random so profiles learn too). */
    Map<String, Double> body(Body body, boolean withId) {
        Map<String, Double> out = new HashMap<>();
        if (withId) {
            out.put("b.id=" + body.id(), 1.0);
        }
        side("b.", body.features(), bodyEdges, out);
        Map<String, Double> needs = ProfileReader.needs(body.features());
        double max = needs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        needs.forEach((area, w) -> out.put("b.need=" + area, w / max));
        return out;
    }

    Map<String, Double> item(Item item, Body owner) {
        Map<String, Double> out = new HashMap<>();
        out.put("i.id=" + item.id(), 1.0);
        item.areas().forEach(a -> out.put("i.area=" + a, 1.0));
        side("i.", item.features(), itemEdges, out);
        if (owner != null) {
            side("o.", owner.features(), bodyEdges, out);
        }
        return out;
    }

    private static void side(String prefix, Features f, Map<String, double[]> edges, Map<String, Double> out) {
        f.numeric().forEach((k, v) -> {
            double[] cuts = edges.get(k);
            if (cuts != null) {
                out.put(prefix + k + "=q" + bucket(cuts, v), 1.0);
            }
        });
        f.categorical().forEach((k, vs) -> {
            if (!SKIPPED.contains(k)) {
                vs.forEach(v -> out.put(prefix + k + "=" + v, 1.0));
            }
        });
    }

    void store(Properties p) {
        bodyEdges.forEach((k, v) -> p.setProperty("edges.body." + k, join(v)));
        itemEdges.forEach((k, v) -> p.setProperty("edges.item." + k, join(v)));
    }

    static FeatureEncoder restore(Properties p) {
        Map<String, double[]> b = new TreeMap<>();
        Map<String, double[]> i = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("edges.body.")) {
                b.put(name.substring("edges.body.".length()), split(p.getProperty(name)));
            } else if (name.startsWith("edges.item.")) {
                i.put(name.substring("edges.item.".length()), split(p.getProperty(name)));
            }
        }
        return new FeatureEncoder(b, i);
    }

    private static String join(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double d : v) {
            sb.append(sb.length() == 0 ? "" : ",").append(Double.toString(d));
        }
        return sb.toString();
    }

    private static double[] split(String s) {
        return s.isEmpty() ? new double[0] : Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
