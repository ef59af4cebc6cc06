package cat.digicanvis.recommender.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Features;
import cat.digicanvis.recommender.data.Interaction;
import cat.digicanvis.recommender.data.Item;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The latent tastes find what bodies choose together that their profiles do not show: bodies in hidden groups (all
 * with the same profile, so only their choices tell them apart) each favour the projects of their group.
 */
class LatentTastesTest {

    static final int GROUPS = 4;
    static final int BODIES = 160;
    static final int PROJECTS = 120;
    static final double SHARED = 2;
    static final Blend.Choice NO_SIGNALS = new Blend.Choice(0, 0, 0, 0);

    static Dataset data;
    static int[] bodyGroup = new int[BODIES];
    static int[] projectGroup = new int[PROJECTS];
    static Engine engine;
    static LatentTastes fitted;

    @BeforeAll
    static void choices() {
        Random r = new Random(5);
        Map<String, Body> bodies = new HashMap<>();
        for (int b = 0; b < BODIES; b++) {
            bodyGroup[b] = b % GROUPS;
            bodies.put(body(b), new Body(body(b), new Features(Map.of("population", 1000.0, "lat", 41.5, "lon", 2.0),
                    Map.of("phase", Set.of("pilot")))));
        }
        Map<String, Item> items = new HashMap<>();
        for (int i = 0; i < PROJECTS; i++) {
            projectGroup[i] = i % GROUPS;
            // led by no body in the data: nearness and size say nothing either
            items.put(project(i), new Item(project(i), null, Set.of("A"), "", new Features(Map.of(), Map.of("phase", Set.of("pilot")))));
        }
        List<Interaction> choices = new ArrayList<>();
        double[] weight = new double[PROJECTS];
        for (int b = 0; b < BODIES; b++) {
            for (int i = 0; i < PROJECTS; i++) {
                weight[i] = Math.exp(bodyGroup[b] == projectGroup[i] ? SHARED : 0);
            }
            Set<Integer> taken = new HashSet<>();
            double total = Arrays.stream(weight).sum();
            while (taken.size() < 12) {
                double u = r.nextDouble() * total;
                int i = 0;
                while (i < PROJECTS - 1 && (u -= weight[i]) > 0) {
                    i++;
                }
                if (taken.add(i)) {
                    choices.add(new Interaction(body(b), project(i), 2, 0));
                }
            }
        }
        data = new Dataset(bodies, items, choices);
        engine = choiceModel().bind(data);
        fitted = LatentTastes.fit(engine, NO_SIGNALS.weights(), 4, 1);
    }

    static DigiCanvisModel choiceModel() {
        return new DigiCanvisModel(null, null, Blend.profileOnly().withChoice(NO_SIGNALS), Instant.EPOCH, Map.of());
    }

    static String body(int b) {
        return String.format("b%03d", b);
    }

    static String project(int i) {
        return String.format("p%03d", i);
    }

    @Test
    void eachBodyFavoursTheProjectsOfItsHiddenGroup() {
        int right = 0;
        double auc = 0;
        for (int b = 0; b < BODIES; b++) {
            float[] u = fitted.body(body(b));
            assertNotNull(u, "every body with choices has tastes");
            List<Double> inside = new ArrayList<>();
            List<Double> outside = new ArrayList<>();
            for (int i = 0; i < PROJECTS; i++) {
                double d = LatentTastes.dot(u, fitted.item(project(i)));
                (projectGroup[i] == bodyGroup[b] ? inside : outside).add(d);
            }
            double in = inside.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double out = outside.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            right += in > out ? 1 : 0;
            long wins = 0;
            for (double x : inside) {
                for (double y : outside) {
                    wins += x > y ? 1 : 0;
                }
            }
            auc += wins / (double) (inside.size() * outside.size()) / BODIES;
        }
        assertEquals(BODIES, right, "every body's own group comes first on average");
        assertTrue(auc > 0.9, "a project of the body's group outranks another almost always: " + auc);
    }

    @Test
    void withoutTheTastesTheProfileCannotTellTheGroupsApart() {
        // the same bodies' profile part ranks every group alike: what the tastes add is all the difference
        Engine plain = choiceModel().bind(data);
        Engine.Asker a = plain.asker(data.bodies().get(body(0)));
        double[] s = plain.scores(a);
        Engine tasting = new DigiCanvisModel(null, null, Blend.profileOnly().withChoice(NO_SIGNALS), null, fitted.withWeight(1),
                Instant.EPOCH, Map.of()).bind(data);
        double[] t = tasting.scores(tasting.asker(data.bodies().get(body(0))));
        List<String> ids = plain.itemIds();
        double gainPlain = groupGap(s, ids, bodyGroup[0]);
        double gainTasting = groupGap(t, ids, bodyGroup[0]);
        assertTrue(Math.abs(gainPlain) < 0.5 * gainTasting, "plain " + gainPlain + ", with tastes " + gainTasting);
        assertTrue(tasting.reasons(tasting.asker(data.bodies().get(body(0))), bestInGroup(t, ids, bodyGroup[0])).stream()
                .anyMatch(why -> why.kind() == Reason.Kind.SHARED_TASTES), "the tastes are given as a reason");
    }

    private static double groupGap(double[] s, List<String> ids, int group) {
        double in = 0;
        double out = 0;
        int nIn = 0;
        for (int k = 0; k < s.length; k++) {
            if (projectGroup[Integer.parseInt(ids.get(k).substring(1))] == group) {
                in += s[k];
                nIn++;
            } else {
                out += s[k];
            }
        }
        return in / nIn - out / (s.length - nIn);
    }

    private static int bestInGroup(double[] s, List<String> ids, int group) {
        int best = -1;
        for (int k = 0; k < s.length; k++) {
            if (projectGroup[Integer.parseInt(ids.get(k).substring(1))] == group && (best < 0 || s[k] > s[best])) {
                best = k;
            }
        }
        return best;
    }

    @Test
    void aFitIsReproducibleAndSurvivesSaving() throws IOException {
        LatentTastes again = LatentTastes.fit(engine, NO_SIGNALS.weights(), 4, 1);
        assertArrayEquals(fitted.toBytes(), again.toBytes(), "same data, same seed: same factors");
        LatentTastes other = LatentTastes.fit(engine, NO_SIGNALS.weights(), 4, 2);
        assertTrue(!Arrays.equals(fitted.toBytes(), other.toBytes()), "the seed is used");

        LatentTastes weighted = fitted.withWeight(1.25);
        LatentTastes loaded = LatentTastes.fromBytes(weighted.toBytes());
        assertEquals(4, loaded.penalty());
        assertEquals(1.25, loaded.weight());
        assertArrayEquals(fitted.body(body(7)), loaded.body(body(7)));
        assertArrayEquals(fitted.item(project(9)), loaded.item(project(9)));

        DigiCanvisModel model = new DigiCanvisModel(null, null, Blend.profileOnly().withChoice(NO_SIGNALS), null, weighted,
                Instant.parse("2026-12-02T08:00:00Z"), Map.of("kind", "test"));
        DigiCanvisModel back = DigiCanvisModel.fromBytes(model.toBytes());
        assertNotNull(back.latent());
        Body b = data.bodies().get(body(3));
        assertArrayEquals(model.bind(data).scores(model.bind(data).asker(b)), back.bind(data).scores(back.bind(data).asker(b)), 1e-9,
                "the loaded model ranks as the saved one");
    }

    @Test
    void bodiesAndProjectsTheFitNeverSawAddNothing() {
        Map<String, Body> bodies = new HashMap<>(data.bodies());
        bodies.put("newcomer", new Body("newcomer", data.bodies().get(body(0)).features()));
        Map<String, Item> items = new HashMap<>(data.items());
        items.put("p999", new Item("p999", null, Set.of("A"), "", new Features(Map.of(), Map.of("phase", Set.of("pilot")))));
        Engine later = new DigiCanvisModel(null, null, Blend.profileOnly().withChoice(NO_SIGNALS), null, fitted.withWeight(1),
                Instant.EPOCH, Map.of()).bind(new Dataset(bodies, items, data.interactions()));
        Engine.Asker newcomer = later.asker(bodies.get("newcomer"));
        assertNull(newcomer.tastes);
        for (int i = 0; i < later.size(); i++) {
            assertEquals(0, later.tastes(newcomer, i));
        }
        Engine.Asker known = later.asker(bodies.get(body(0)));
        assertEquals(0, later.tastes(known, later.itemIndex("p999")));
        assertTrue(later.tastes(known, later.itemIndex(project(0))) != 0);
    }

    @Test
    void onACatalogueTooLargeToFitOnlyTheMostChosenProjectsGetTastes() {
        int[] picks = new int[PROJECTS];
        data.interactions().forEach(x -> picks[Integer.parseInt(x.item().substring(1))]++);
        int[] order = java.util.stream.IntStream.range(0, PROJECTS).boxed()
                .sorted((i, j) -> picks[j] != picks[i] ? Integer.compare(picks[j], picks[i]) : Integer.compare(i, j))
                .mapToInt(Integer::intValue).toArray();
        LatentTastes capped = LatentTastes.fit(engine, NO_SIGNALS.weights(), 4, 1, null, PROJECTS / 2);
        for (int k = 0; k < PROJECTS; k++) {
            assertEquals(k < PROJECTS / 2, capped.item(project(order[k])) != null, "rank " + k + " by choices");
        }
        // the groups still show among the projects that have factors
        int right = 0;
        for (int b = 0; b < BODIES; b++) {
            double in = 0;
            double out = 0;
            int nIn = 0;
            int nOut = 0;
            for (int k = 0; k < PROJECTS / 2; k++) {
                double d = LatentTastes.dot(capped.body(body(b)), capped.item(project(order[k])));
                if (projectGroup[order[k]] == bodyGroup[b]) {
                    in += d;
                    nIn++;
                } else {
                    out += d;
                    nOut++;
                }
            }
            right += in / nIn > out / nOut ? 1 : 0;
        }
        assertTrue(right >= BODIES * 0.95, right + " of " + BODIES);
    }

    @Test
    void aDamagedFileIsRefused() {
        byte[] bytes = fitted.toBytes();
        assertThrows(IOException.class, () -> LatentTastes.fromBytes(Arrays.copyOf(bytes, bytes.length / 2)));
    }
}
