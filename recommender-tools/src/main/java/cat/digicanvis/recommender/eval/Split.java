package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Interaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Training and test interactions. A fraction of bodies is held out whole (cold start: the model never
 * saw them interact); of the others, a fifth of the interactions is held out at random per body, or the
 * latest fifth overall ({@code temporal}).
 */
public record Split(List<Interaction> train, List<Interaction> warmTest, List<Interaction> coldTest,
                    Set<String> coldBodies) {

    public static final double TEST_FRACTION = 0.2;

    public enum Kind { RANDOM, TEMPORAL }

    public static Split of(Dataset data, Kind kind, double coldFraction, long seed) {
        if (coldFraction < 0 || coldFraction >= 1) {
            throw new IllegalArgumentException("cold fraction must be in [0, 1): " + coldFraction);
        }
        Random random = new Random(seed);
        Map<String, List<Interaction>> byBody = new LinkedHashMap<>();
        data.interactions().stream().sorted(Comparator.comparing(Interaction::body))
                .forEach(x -> byBody.computeIfAbsent(x.body(), b -> new ArrayList<>()).add(x));
        List<String> active = new ArrayList<>(new TreeSet<>(byBody.keySet()));
        java.util.Collections.shuffle(active, random);
        Set<String> cold = new HashSet<>(active.subList(0, (int) Math.round(active.size() * coldFraction)));

        List<Interaction> train = new ArrayList<>();
        List<Interaction> warmTest = new ArrayList<>();
        List<Interaction> coldTest = new ArrayList<>();
        List<Interaction> warm = new ArrayList<>();
        for (Map.Entry<String, List<Interaction>> e : byBody.entrySet()) {
            (cold.contains(e.getKey()) ? coldTest : warm).addAll(e.getValue());
        }
        if (kind == Kind.TEMPORAL) {
            warm.sort(Comparator.comparingLong(Interaction::time).thenComparing(Interaction::body)
                    .thenComparing(Interaction::item));
            int cut = (int) Math.round(warm.size() * (1 - TEST_FRACTION));
            train.addAll(warm.subList(0, cut));
            warmTest.addAll(warm.subList(cut, warm.size()));
        } else {
            Map<String, List<Interaction>> warmByBody = new LinkedHashMap<>();
            warm.forEach(x -> warmByBody.computeIfAbsent(x.body(), b -> new ArrayList<>()).add(x));
            for (List<Interaction> xs : warmByBody.values()) {
                List<Interaction> shuffled = new ArrayList<>(xs);
                java.util.Collections.shuffle(shuffled, random);
                int test = xs.size() < 2 ? 0 : Math.max(1, (int) Math.round(xs.size() * TEST_FRACTION));
                warmTest.addAll(shuffled.subList(0, test));
                train.addAll(shuffled.subList(test, shuffled.size()));
            }
        }
        return new Split(List.copyOf(train), List.copyOf(warmTest), List.copyOf(coldTest), Set.copyOf(cold));
    }
}
