package cat.digicanvis.recommender.hybrid;

import static cat.digicanvis.recommender.hybrid.LatentTastesTest.BODIES;
import static cat.digicanvis.recommender.hybrid.LatentTastesTest.GROUPS;
import static cat.digicanvis.recommender.hybrid.LatentTastesTest.NO_SIGNALS;
import static cat.digicanvis.recommender.hybrid.LatentTastesTest.PROJECTS;
import static cat.digicanvis.recommender.hybrid.LatentTastesTest.body;
import static cat.digicanvis.recommender.hybrid.LatentTastesTest.bodyGroup;
import static cat.digicanvis.recommender.hybrid.LatentTastesTest.project;
import static cat.digicanvis.recommender.hybrid.LatentTastesTest.projectGroup;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * The block fit finds hidden groups from choices alone (the same planted data as {@link LatentTastesTest}: bodies with
 * one profile, each favouring its group's projects e^2 to 1), finds nothing where there is nothing, and is saved
 * and reproduced like the factors.
 */
class TasteBlocksTest {

    static LatentTastes fitted;

    @BeforeAll
    static void fit() {
        LatentTastesTest.choices();
        fitted = fitOnce(LatentTastesTest.engine, 1);
    }

    private static LatentTastes fitOnce(Engine engine, long seed) {
        List<LatentTastes> fits = TasteBlocks.fit(engine, NO_SIGNALS.weights(), new int[] {GROUPS}, seed);
        assertEquals(1, fits.size());
        return fits.get(0);
    }

    @Test
    void theEffectIsTheLogOfTheExpectedMultiplier() {
        // a body 3 times as keen on class 0 as the offsets say and half as keen on class 1; a project of class 0
        // with probability 0.25: E[multiplier] = 0.25 × 3 + 0.75 × 0.5 = 1.125
        LatentTastes t = LatentTastes.blocks(2, Map.of("b", new float[] {3f, 0.5f}), Map.of("p", new float[] {0.25f, 0.75f}));
        assertEquals(Math.log(1.125), t.effect(t.body("b"), t.item("p")), 1e-6);
        assertEquals(2, t.classes());
        // a factor fit's effect is the plain dot product
        LatentTastes f = new LatentTastes(4, 0, Map.of("b", new float[] {3f, 0.5f}), Map.of("p", new float[] {0.25f, 0.75f}));
        assertEquals(1.125, f.effect(f.body("b"), f.item("p")), 1e-6);
    }

    @Test
    void theHiddenGroupsAreFoundOnBothSides() {
        // the class a body is keenest on and the class each project most likely belongs to
        int[] bodyClass = new int[BODIES];
        int[] projectClass = new int[PROJECTS];
        for (int b = 0; b < BODIES; b++) {
            bodyClass[b] = argmax(fitted.body(body(b)));
        }
        for (int i = 0; i < PROJECTS; i++) {
            projectClass[i] = argmax(fitted.item(project(i)));
        }
        assertTrue(purity(bodyClass, bodyGroup) >= 0.95, "bodies: " + purity(bodyClass, bodyGroup));
        assertTrue(purity(projectClass, projectGroup) >= 0.95, "projects: " + purity(projectClass, projectGroup));
        // and the multiplier is about the planted e^2 = 7.4 against the other groups
        double ratio = 0;
        for (int b = 0; b < BODIES; b++) {
            float[] u = fitted.body(body(b));
            double others = 0;
            for (int l = 0; l < GROUPS; l++) {
                others += l == bodyClass[b] ? 0 : u[l] / (GROUPS - 1);
            }
            ratio += u[bodyClass[b]] / others / BODIES;
        }
        assertTrue(ratio > 4 && ratio < 12, "own class against the others: " + ratio);
    }

    @Test
    void whereChoicesShareNothingTheBlocksAddAlmostNothing() {
        // the same bodies choosing uniformly at random: no class is worth much more than another
        Random r = new Random(11);
        List<Interaction> choices = new ArrayList<>();
        for (int b = 0; b < BODIES; b++) {
            Set<Integer> taken = new HashSet<>();
            while (taken.size() < 12) {
                int i = r.nextInt(PROJECTS);
                if (taken.add(i)) {
                    choices.add(new Interaction(body(b), project(i), 2, 0));
                }
            }
        }
        Dataset noise = new Dataset(LatentTastesTest.data.bodies(), LatentTastesTest.data.items(), choices);
        LatentTastes blank = fitOnce(LatentTastesTest.choiceModel().bind(noise), 1);
        double spread = 0;
        for (int b = 0; b < BODIES; b++) {
            float[] u = blank.body(body(b));
            spread += (Arrays.stream(toDoubles(u)).max().orElseThrow() - Arrays.stream(toDoubles(u)).min().orElseThrow()) / BODIES;
        }
        double planted = 0;
        for (int b = 0; b < BODIES; b++) {
            float[] u = fitted.body(body(b));
            planted += (Arrays.stream(toDoubles(u)).max().orElseThrow() - Arrays.stream(toDoubles(u)).min().orElseThrow()) / BODIES;
        }
        assertTrue(spread < planted / 4, "noise " + spread + ", planted groups " + planted);
    }

    @Test
    void aFitIsReproducibleAndSurvivesSaving() throws IOException {
        assertArrayEquals(fitted.toBytes(), fitOnce(LatentTastesTest.engine, 1).toBytes(), "same data, same seed: same fit");

        LatentTastes weighted = fitted.withWeight(1.25);
        LatentTastes loaded = LatentTastes.fromBytes(weighted.toBytes());
        assertEquals(GROUPS, loaded.classes());
        assertEquals(1.25, loaded.weight());
        assertArrayEquals(fitted.body(body(7)), loaded.body(body(7)));
        assertArrayEquals(fitted.item(project(9)), loaded.item(project(9)));

        Dataset data = LatentTastesTest.data;
        DigiCanvisModel model = new DigiCanvisModel(null, null, Blend.profileOnly().withChoice(NO_SIGNALS), null, weighted,
                Instant.parse("2026-12-02T08:00:00Z"), Map.of("kind", "test"));
        DigiCanvisModel back = DigiCanvisModel.fromBytes(model.toBytes());
        Body b = data.bodies().get(body(3));
        Engine saved = model.bind(data);
        Engine restored = back.bind(data);
        assertArrayEquals(saved.scores(saved.asker(b)), restored.scores(restored.asker(b)), 1e-9, "the loaded model ranks as the saved one");
        int own = -1;
        int other = -1;
        for (int i = 0; i < PROJECTS; i++) {
            if (projectGroup[i] == bodyGroup[3] && own < 0) {
                own = i;
            } else if (projectGroup[i] != bodyGroup[3] && other < 0) {
                other = i;
            }
        }
        Engine.Asker a = restored.asker(b);
        assertTrue(restored.tastes(a, restored.itemIndex(project(own))) > restored.tastes(a, restored.itemIndex(project(other))),
                "the body's own group's project gains more");
    }

    @Test
    void aFileWrittenBeforeTheBlocksLoadsAsFactors() throws IOException {
        // files written before the block fits end after the projects' vectors: no count of classes
        LatentTastes factors = new LatentTastes(4, 1, Map.of("b", new float[] {1f, 2f}), Map.of("p", new float[] {0.5f, 0.5f}));
        byte[] bytes = factors.toBytes();
        LatentTastes old = LatentTastes.fromBytes(Arrays.copyOf(bytes, bytes.length - Integer.BYTES));
        assertEquals(0, old.classes());
        assertEquals(4, old.penalty());
        assertEquals(1.5, old.effect(old.body("b"), old.item("p")), 1e-9);
    }

    @Test
    void aRefitStartsFromTheClassesItWasGiven() {
        LatentTastes again = TasteBlocks.refit(LatentTastesTest.engine, NO_SIGNALS.weights(), fitted);
        assertEquals(GROUPS, again.classes());
        int same = 0;
        for (int i = 0; i < PROJECTS; i++) {
            same += argmax(again.item(project(i))) == argmax(fitted.item(project(i))) ? 1 : 0;
        }
        assertTrue(same >= PROJECTS * 0.95, "classes kept their numbers: " + same);
    }

    @Test
    void onACatalogueTooLargeToFitOnlyTheMostChosenProjectsGetAClass() {
        LatentTastes capped = TasteBlocks.fit(LatentTastesTest.engine, NO_SIGNALS.weights(), new int[] {GROUPS}, 1, PROJECTS / 2).get(0);
        int[] picks = new int[PROJECTS];
        LatentTastesTest.data.interactions().forEach(x -> picks[Integer.parseInt(x.item().substring(1))]++);
        int kept = 0;
        int leastKept = Integer.MAX_VALUE;
        int mostLeft = 0;
        for (int i = 0; i < PROJECTS; i++) {
            if (capped.item(project(i)) != null) {
                kept++;
                leastKept = Math.min(leastKept, picks[i]);
            } else {
                mostLeft = Math.max(mostLeft, picks[i]);
            }
        }
        assertEquals(PROJECTS / 2, kept);
        assertTrue(leastKept >= mostLeft, "the most chosen keep a class: " + leastKept + " against " + mostLeft);
        assertNotNull(capped.body(body(0)));
    }

    @Test
    void aProjectNobodyChoseGetsNoClass() {
        Map<String, Item> items = new HashMap<>(LatentTastesTest.data.items());
        items.put("p999", new Item("p999", null, Set.of("A"), "", new Features(Map.of(), Map.of("phase", Set.of("pilot")))));
        Dataset more = new Dataset(LatentTastesTest.data.bodies(), items, LatentTastesTest.data.interactions());
        LatentTastes t = fitOnce(LatentTastesTest.choiceModel().bind(more), 1);
        assertEquals(null, t.item("p999"));
        assertNotNull(t.item(project(0)));
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The share of rows whose class's most common true group is their own. */
    private static double purity(int[] found, int[] truth) {
        Map<Integer, Map<Integer, Integer>> table = new HashMap<>();
        for (int x = 0; x < found.length; x++) {
            table.computeIfAbsent(found[x], k -> new HashMap<>()).merge(truth[x], 1, Integer::sum);
        }
        int right = table.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
        return right / (double) found.length;
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            d[k] = f[k];
        }
        return d;
    }
}
