package cat.digicanvis.recommender.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Features;
import cat.digicanvis.recommender.data.Interaction;
import cat.digicanvis.recommender.data.Item;
import cat.digicanvis.recommender.synth.SyntheticCouncils;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.Regressor;

class HybridModelTest {

    static final Path REFERENCE = Path.of("..", "portal-ejb", "src", "main", "resources", "reference");
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Dataset data;
    static DigiCanvisModel model;

    @BeforeAll
    static void train() throws IOException {
        SyntheticCouncils.write(REFERENCE.resolve("municipis_catalunya.csv"), REFERENCE.resolve("geonames_towns.csv.gz"),
                dir, new SyntheticCouncils.Parameters(300, 6_000, 40, 1, 1, 0.1, 7).withCointerest(5, 2));
        data = Dataset.load(dir.resolve("bodies.csv"), dir.resolve("items.csv"), dir.resolve("interactions.csv"));
        model = new DigiCanvisTrainer(DigiCanvisTrainer.Settings.defaults(3), FIXED).train(data);
    }

    @Test
    void trainsAHybridModelWithItsProvenance() {
        assertTrue(model.learned());
        assertEquals("hybrid", model.facts().get("kind"));
        assertEquals(Integer.toString(data.interactions().size()), model.facts().get("interactions"));
        assertTrue(model.facts().containsKey("validation.warm.ndcg@10"), model.facts().toString());
        assertTrue(model.tribuoProvenance().contains("FMRegressionTrainer"), model.tribuoProvenance());
        assertTrue(model.tribuoProvenance().contains("trainedAt"), "run provenance kept");
        assertEquals(FIXED.instant(), model.trainedAt());
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        DigiCanvisModel again = new DigiCanvisTrainer(DigiCanvisTrainer.Settings.defaults(3), FIXED).train(data);
        assertEquals(model.blend(), again.blend());
        assertEquals(model.collaborative().toString(), again.collaborative().toString());
        Body body = data.bodies().get("m25175");
        assertEquals(model.bind(data).recommend(body, Set.of(), 10, null), again.bind(data).recommend(body, Set.of(), 10, null));
    }

    @Test
    void theFastScorerGivesTribuosPredictions() {
        Engine engine = model.bind(data);
        FeatureEncoder encoder = model.encoder();
        for (String bodyId : List.of("m08001", "m25175", "m17079")) {
            Body body = data.bodies().get(bodyId);
            Engine.Asker asker = engine.asker(body);
            for (String itemId : List.of("p0", "p17", "p123")) {
                Item item = data.items().get(itemId);
                Map<String, Double> x = new HashMap<>(encoder.body(body, true));
                x.putAll(encoder.item(item, data.bodies().get(item.owner())));
                ArrayExample<Regressor> example = new ArrayExample<>(new Regressor("grade", Double.NaN),
                        x.keySet().toArray(String[]::new), x.values().stream().mapToDouble(Double::doubleValue).toArray());
                double tribuo = model.tribuo().predict(example).getOutput().getValues()[0];
                assertEquals(tribuo, engine.prediction(asker, engine.itemIndex(itemId)), 1e-9);
            }
        }
    }

    @Test
    void savedAndLoadedItPredictsTheSame() throws IOException {
        Path file = dir.resolve("model.zip");
        model.save(file);
        DigiCanvisModel loaded = DigiCanvisModel.load(file);
        assertEquals(model.blend(), loaded.blend());
        assertEquals(model.facts(), loaded.facts());
        assertEquals(model.trainedAt(), loaded.trainedAt());
        assertEquals(model.tribuoProvenance(), loaded.tribuoProvenance());
        for (String bodyId : List.of("m08001", "m25175", "m43148")) {
            Body body = data.bodies().get(bodyId);
            assertEquals(model.bind(data).recommend(body, Set.of(), 20, null), loaded.bind(data).recommend(body, Set.of(), 20, null));
            assertEquals(model.bind(data).peers(body, 5), loaded.bind(data).peers(body, 5));
        }
        assertEquals(model.collaborative().ease().lambda(), loaded.collaborative().ease().lambda());
        assertArrayEquals(model.collaborative().share(), loaded.collaborative().share());
        for (String item : List.of("p0", "p17", "p123")) {
            assertEquals(model.bind(data).similar(item, 10), loaded.bind(data).similar(item, 10));
        }
    }

    @Test
    void theCollaborativeModelIsTrainedAndTuned() {
        Collaborative c = model.collaborative();
        assertTrue(c != null && c.ease().bodies() > 100, "EASE over the bodies with interactions");
        assertTrue(model.facts().containsKey("validation.collaborative.lambda"), model.facts().toString());
        assertEquals(0, c.share(0), "no history, no collaborative share");
    }

    /**
     * Three bodies looked at both x and y; z and w are untouched but share an area and a technology: x's
     * neighbour is y because of what bodies did together, z's is w because of what the sheets say.
     */
    @Test
    void similarProjectsOnAHandMadeCase() {
        Map<String, Body> bodies = new HashMap<>();
        for (String b : List.of("b1", "b2", "b3", "b4")) {
            bodies.put(b, body(b, 3_000, 41.5, 1.5, "km0", ""));
        }
        Map<String, Item> items = new HashMap<>();
        items.put("x", item("x", "CITIZEN_CARE", "chatbot", "Chatbot d'atenció ciutadana"));
        items.put("y", item("y", "PLANNING_MANAGEMENT", "bi-dashboard", "Quadre de comandament pressupostari"));
        items.put("z", item("z", "SOCIAL_SERVICES", "mobile-app", "Teleassistència mòbil per a la gent gran"));
        items.put("w", item("w", "SOCIAL_SERVICES", "mobile-app", "Aplicació de teleassistència municipal"));
        items.put("v", item("v", "PARTICIPATION", "open-data", "Pressupostos participatius"));
        List<Interaction> xs = new ArrayList<>();
        for (String b : List.of("b1", "b2", "b3")) {
            xs.add(new Interaction(b, "x", 2, 0));
            xs.add(new Interaction(b, "y", 2, 0));
        }
        xs.add(new Interaction("b4", "v", 2, 0));
        xs.add(new Interaction("b4", "x", 2, 0));
        Dataset d = new Dataset(bodies, items, xs);
        Ease ease = Ease.fit(Ease.positives(xs), items.keySet(), 1);
        DigiCanvisModel m = new DigiCanvisModel(null, null, Blend.profileOnly(),
                new Collaborative(ease, new double[] {0.5, 0.5, 0.5, 0.5, 0.5}), FIXED.instant(), Map.of());
        Engine engine = m.bind(d);
        List<Similar> likeX = engine.similar("x", 10);
        assertEquals("y", likeX.get(0).item());
        Reason together = likeX.get(0).reasons().get(0);
        assertEquals(Reason.Kind.ALSO_INTERESTED, together.kind());
        assertEquals(3, together.count());
        assertEquals("x", together.value());
        assertTrue(likeX.stream().noneMatch(s -> s.item().equals("v")), "one body's two interests are no pattern: " + likeX);
        List<Similar> likeZ = engine.similar("z", 10);
        assertEquals("w", likeZ.get(0).item());
        assertEquals(Set.of(Reason.Kind.SAME_AREA, Reason.Kind.SAME_TECHNOLOGY),
                likeZ.get(0).reasons().stream().map(Reason::kind).filter(k -> k != Reason.Kind.SIMILAR_DESCRIPTION)
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals("SOCIAL_SERVICES", likeZ.get(0).reasons().stream().filter(r -> r.kind() == Reason.Kind.SAME_AREA)
                .findFirst().orElseThrow().value());
        assertTrue(likeZ.stream().noneMatch(s -> s.item().equals("z")), "not itself");
        assertEquals(1, engine.similar("z", 1).size());
        assertEquals(List.of(), engine.similar("unknown", 5));
        // the body that looked at x is told why y comes up for it
        Recommendation forB4 = engine.recommend(bodies.get("b4"), Set.of(), 5, null).stream()
                .filter(r -> r.item().equals("y")).findFirst().orElseThrow();
        assertTrue(forB4.reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.ALSO_INTERESTED && r.value().equals("x")
                && r.count() == 3), forB4.reasons().toString());
    }

    static Item item(String id, String area, String technology, String text) {
        return new Item(id, null, Set.of(area), text, new Features(Map.of(), Map.of("technologies", Set.of(technology))));
    }

    @Test
    void aFileThatIsNotAModelIsRefusedClearly() {
        IOException e = assertThrows(IOException.class, () -> DigiCanvisModel.fromBytes("not a model".getBytes()));
        assertTrue(e.getMessage().contains("not a DigiCanvis recommender model"), e.getMessage());
    }

    @Test
    void km0AndForeignAreSeparateAndOwnProjectsLeftOut() {
        Engine engine = model.bind(data);
        Body body = data.bodies().get("m25175");
        List<Recommendation> km0 = engine.recommend(body, Set.of(), 10, true);
        List<Recommendation> foreign = engine.recommend(body, Set.of(), 10, false);
        assertEquals(10, km0.size());
        assertTrue(km0.stream().allMatch(Recommendation::km0));
        assertTrue(foreign.stream().noneMatch(Recommendation::km0));
        assertTrue(foreign.size() > 0);
        for (Recommendation r : km0) {
            assertFalse("m25175".equals(data.items().get(r.item()).owner()), "own project recommended");
            assertFalse(r.reasons().isEmpty(), "every result says why");
            assertTrue(r.reasons().size() <= 3);
        }
        for (int i = 1; i < km0.size(); i++) {
            assertTrue(km0.get(i - 1).score() >= km0.get(i).score());
        }
        Set<String> excluded = Set.of(km0.get(0).item());
        assertFalse(engine.recommend(body, excluded, 10, true).stream().anyMatch(r -> excluded.contains(r.item())));
    }

    /** A hand-made case where the reasons must be exactly the expected ones. */
    @Test
    void reasonsAndPeersOnAHandMadeCase() {
        Map<String, Body> bodies = new HashMap<>();
        bodies.put("me", body("me", 3_900, 41.65, 1.14, "km0", "SOCIAL_SERVICES:3|PARTICIPATION:1"));
        bodies.put("twin", body("twin", 4_200, 41.70, 1.30, "km0", ""));
        bodies.put("city", body("city", 800_000, 41.39, 2.17, "km0", ""));
        bodies.put("abroad", body("abroad", 5_000, 45.0, 7.0, "foreign", ""));
        Map<String, Item> items = new HashMap<>();
        items.put("social", new Item("social", "twin", Set.of("SOCIAL_SERVICES"), "", new Features(Map.of(), Map.of())));
        items.put("big", new Item("big", "city", Set.of("PLANNING_MANAGEMENT"), "", new Features(Map.of(), Map.of())));
        items.put("mine", new Item("mine", "me", Set.of("SOCIAL_SERVICES"), "", new Features(Map.of(), Map.of())));
        items.put("far", new Item("far", "abroad", Set.of("SOCIAL_SERVICES"), "", new Features(Map.of(), Map.of())));
        Dataset d = new Dataset(bodies, items, List.of(new Interaction("twin", "big", 1, 0)));
        DigiCanvisModel profileOnly = new DigiCanvisTrainer(DigiCanvisTrainer.Settings.defaults(1)).train(d);
        assertFalse(profileOnly.learned(), "too few interactions to learn from: profile similarity answers");
        Engine engine = profileOnly.bind(d);
        List<Recommendation> km0 = engine.recommend(bodies.get("me"), Set.of(), 5, true);
        assertEquals(List.of("social", "big"), km0.stream().map(Recommendation::item).toList());
        List<Reason> why = km0.get(0).reasons();
        assertTrue(why.contains(new Reason(Reason.Kind.NEED, why.stream().filter(r -> r.kind() == Reason.Kind.NEED)
                .findFirst().orElseThrow().weight(), "SOCIAL_SERVICES", Double.NaN, Double.NaN, 0)), why.toString());
        Reason size = why.stream().filter(r -> r.kind() == Reason.Kind.SIMILAR_POPULATION).findFirst().orElseThrow();
        assertEquals(3_900, size.mine());
        assertEquals(4_200, size.theirs());
        Reason near = why.stream().filter(r -> r.kind() == Reason.Kind.NEARBY).findFirst().orElseThrow();
        assertEquals(14, near.theirs(), 2);
        assertEquals(List.of("far"), engine.recommend(bodies.get("me"), Set.of(), 5, false).stream().map(Recommendation::item).toList());

        List<Peer> peers = engine.peers(bodies.get("me"), 5);
        assertEquals("twin", peers.get(0).body());
        assertTrue(peers.stream().noneMatch(p -> p.body().equals("me")));
        assertTrue(peers.get(0).reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.LED_PROJECTS
                && r.count() == 1 && r.value().equals("SOCIAL_SERVICES")), peers.get(0).reasons().toString());
        assertEquals(List.of("social"), peers.get(0).projects());
    }

    @Test
    void badNeedsAreRefused() {
        Body bad = body("x", 100, 41, 1, "km0", "SOCIAL_SERVICES:lots");
        Dataset d = new Dataset(Map.of("x", bad), Map.of("i", new Item("i", null, Set.of("A"), "", new Features(Map.of(), Map.of()))),
                List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DigiCanvisModel.profileOnly().bind(d).recommend(bad, Set.of(), 3, null));
        assertTrue(e.getMessage().contains("need weight"), e.getMessage());
    }

    static Body body(String id, double population, double lat, double lon, String scope, String needs) {
        Map<String, Set<String>> cats = new HashMap<>();
        cats.put("scope", Set.of(scope));
        if (!needs.isEmpty()) {
            cats.put("needs", Set.copyOf(new ArrayList<>(List.of(needs.split("\\|")))));
        }
        return new Body(id, new Features(Map.of("population", population, "lat", lat, "lon", lon), cats));
    }
}
