package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.data.Features;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the columns that have a meaning for the profile ({@code population, area_km2, lat, lon, needs,
 * phase}, and {@code scope} = km0|foreign) out of a body's or item's features; absent columns give null or
 * empty values, so any other data set still works.
 */
final class ProfileReader {

    static final List<String> PHASES = List.of("prototype", "pilot", "implemented");

    private ProfileReader() {
    }

    static double logPopulation(Features f) {
        Double p = f.number("population");
        return p == null ? Double.NaN : Math.log(p);
    }

    static double lat(Features f) {
        Double v = f.number("lat");
        return v == null ? Double.NaN : v;
    }

    static double lon(Features f) {
        Double v = f.number("lon");
        return v == null ? Double.NaN : v;
    }

    /** Needs as weights by area ("area" counts 1, "area:3" or "area=3" counts 3); zero weights dropped. */
    static Map<String, Double> needs(Features f) {
        Map<String, Double> out = new LinkedHashMap<>();
        Set<String> raw = f.values("needs");
        for (String v : raw) {
            String[] parts = v.split("[:=]", 2);
            double w = 1;
            if (parts.length == 2) {
                try {
                    w = Double.parseDouble(parts[1].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("need weight is not a number: '" + v + "'");
                }
                if (!Double.isFinite(w) || w < 0) {
                    throw new IllegalArgumentException("need weight must be a non-negative number: '" + v + "'");
                }
            }
            if (w > 0) {
                out.merge(parts[0].strip(), w, Double::sum);
            }
        }
        Double single = f.number("needs");
        if (single != null) {
            throw new IllegalArgumentException("'needs' must name areas, not be a number");
        }
        return out;
    }

    /** Rank 0..2 of a phase called prototype, pilot or implemented (any case); -1 when absent or other. */
    static int phaseRank(Features f) {
        Set<String> v = f.values("phase");
        if (v.size() != 1) {
            return -1;
        }
        return PHASES.indexOf(v.iterator().next().toLowerCase(Locale.ROOT));
    }

    static String phase(Features f) {
        Set<String> v = f.values("phase");
        return v.size() == 1 ? v.iterator().next() : null;
    }

    /** True unless the features say {@code scope=foreign}. */
    static boolean km0(Features f) {
        return !f.values("scope").contains("foreign");
    }
}
