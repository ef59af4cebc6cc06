package cat.digicanvis.recommender.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.hybrid.DigiCanvisModel;
import cat.digicanvis.recommender.hybrid.DigiCanvisTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCouncilsTest {

    static final Path REFERENCE = Path.of("..", "portal-ejb", "src", "main", "resources", "reference");

    @TempDir
    Path a;
    @TempDir
    Path b;

    @Test
    void realMunicipalitiesAndReproducibleInteractions() throws Exception {
        SyntheticCouncils.Parameters p = new SyntheticCouncils.Parameters(200, 3_000, 20, 1, 1, 0.1, 5);
        SyntheticCouncils.write(REFERENCE.resolve("municipis_catalunya.csv"), REFERENCE.resolve("geonames_towns.csv.gz"), a, p);
        SyntheticCouncils.write(REFERENCE.resolve("municipis_catalunya.csv"), REFERENCE.resolve("geonames_towns.csv.gz"), b, p);
        assertEquals(Files.readString(a.resolve("interactions.csv")), Files.readString(b.resolve("interactions.csv")));
        Dataset d = Dataset.load(a.resolve("bodies.csv"), a.resolve("items.csv"), a.resolve("interactions.csv"));
        assertEquals(947 + 20, d.bodies().size());
        assertEquals(200, d.items().size());
        int n = d.interactions().size();
        assertTrue(n > 2_500 && n <= 3_100, "about the asked number of interactions: " + n);
        assertEquals(1_620_862.0, d.bodies().get("m08019").features().number("population"), 300_000, "Barcelona");
        assertTrue(d.interactions().stream().allMatch(x -> x.grade() >= 1 && x.grade() <= 5));
        assertTrue(d.interactions().stream().noneMatch(x -> x.body().equals(d.items().get(x.item()).owner())));
    }

    @Test
    void theOracleKnowsTheHiddenTruthAndBeatsPopularity() throws Exception {
        SyntheticCouncils.Parameters p = new SyntheticCouncils.Parameters(150, 4_000, 10, 1, 1, 0.1, 9);
        SyntheticCouncils.write(REFERENCE.resolve("municipis_catalunya.csv"), REFERENCE.resolve("geonames_towns.csv.gz"), a, p, true);
        java.util.List<String> oracle = Files.readAllLines(a.resolve("oracle.csv"));
        assertEquals("body,item,score", oracle.get(0));
        Dataset d = Dataset.load(a.resolve("bodies.csv"), a.resolve("items.csv"), a.resolve("interactions.csv"));
        long active = d.interactions().stream().map(x -> x.body()).distinct().count();
        assertEquals(active * 150, oracle.size() - 1, "every active body scores every project");
        List<String> quality = Files.readAllLines(a.resolve("truth-items.csv"));
        assertEquals(List.of("item", "quality"), List.of(quality.get(0).split(",")));
        assertEquals(151, quality.size(), "one hidden quality per project");
        assertEquals(d.bodies().size() + 1, Files.readAllLines(a.resolve("truth-bodies.csv")).size());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int status = cat.digicanvis.recommender.eval.EvaluateCommand.run(new String[] {"--bodies", a.resolve("bodies.csv").toString(),
            "--items", a.resolve("items.csv").toString(), "--interactions", a.resolve("interactions.csv").toString(),
            "--oracle", a.resolve("oracle.csv").toString(), "--json", a.resolve("out.json").toString()},
                new java.io.PrintStream(out), new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
        assertEquals(0, status);
        String json = Files.readString(a.resolve("out.json"));
        assertTrue(json.contains("\"oracle\": {\"warm\""), json);
        assertTrue(ndcg(json, "oracle") > ndcg(json, "popularity"), json);
    }

    static double ndcg(String json, String model) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + model + "\": \\{\"warm\": \\{\"ndcg@10\": ([0-9.]+)")
                .matcher(json);
        assertTrue(m.find(), model);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void hiddenGroupsAreWrittenForTheOracleAndTheTrainerKeepsBlocksForThem() throws Exception {
        SyntheticCouncils.Parameters p = new SyntheticCouncils.Parameters(300, 25_000, 20, 1, 1, 0.1, 4).withCointerest(5, 2);
        SyntheticCouncils.write(REFERENCE.resolve("municipis_catalunya.csv"), REFERENCE.resolve("geonames_towns.csv.gz"), a, p, true);
        Dataset d = Dataset.load(a.resolve("bodies.csv"), a.resolve("items.csv"), a.resolve("interactions.csv"));
        List<String> groups = Files.readAllLines(a.resolve("truth-groups.csv"));
        assertEquals("kind,id,group", groups.get(0));
        assertEquals(d.bodies().size() + d.items().size() + 1, groups.size(), "every body and every project");
        assertTrue(groups.stream().skip(1).map(line -> line.split(",")).allMatch(f -> Integer.parseInt(f[2]) >= 0
                && Integer.parseInt(f[2]) < 5 && (f[0].equals("body") ? d.bodies().containsKey(f[1]) : d.items().containsKey(f[1]))));
        // what the groups are for: the validation split prefers the block fit to the factors and to nothing
        DigiCanvisModel model = new DigiCanvisTrainer(DigiCanvisTrainer.Settings.defaults(1),
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-02T08:00:00Z"), java.time.ZoneOffset.UTC)).train(d);
        assertTrue(model.facts().getOrDefault("latent", "").contains("classes (blocks)"), model.facts().toString());
        assertTrue(Double.parseDouble(model.facts().get("validation.latent.ndcg@10.after"))
                > 1.01 * Double.parseDouble(model.facts().get("validation.latent.ndcg@10.before")), model.facts().toString());

        // without groups there is no truth-groups.csv, and nothing for the blocks to find
        SyntheticCouncils.write(REFERENCE.resolve("municipis_catalunya.csv"), REFERENCE.resolve("geonames_towns.csv.gz"), b,
                new SyntheticCouncils.Parameters(300, 25_000, 20, 1, 1, 0.1, 4), true);
        assertTrue(Files.notExists(b.resolve("truth-groups.csv")));
        Dataset plain = Dataset.load(b.resolve("bodies.csv"), b.resolve("items.csv"), b.resolve("interactions.csv"));
        DigiCanvisModel without = new DigiCanvisTrainer(DigiCanvisTrainer.Settings.defaults(1),
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-02T08:00:00Z"), java.time.ZoneOffset.UTC)).train(plain);
        assertTrue(!without.facts().getOrDefault("latent", "").contains("classes"), without.facts().toString());
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticCouncils.write(REFERENCE.resolve("municipis_catalunya.csv"),
                REFERENCE.resolve("geonames_towns.csv.gz"), a, new SyntheticCouncils.Parameters(200, 3_000, 20, 1, 1, 1.5, 5)));
    }
}
