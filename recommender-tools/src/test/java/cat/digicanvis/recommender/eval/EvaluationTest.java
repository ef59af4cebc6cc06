package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.Metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.recommender.baseline.BandPopularity;
import cat.digicanvis.recommender.baseline.Popularity;
import cat.digicanvis.recommender.baseline.ProfileKnn;
import cat.digicanvis.recommender.data.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    @TempDir
    Path dir;

    @Test
    void metrics() {
        Map<String, Double> gains = Map.of("a", 3.0, "b", 1.0);
        assertEquals(1.0, Metrics.ndcg(List.of("a", "b", "c"), gains, 10), 1e-9);
        assertTrue(Metrics.ndcg(List.of("b", "a"), gains, 10) < 1.0);
        assertEquals(0.0, Metrics.ndcg(List.of("c", "d"), gains, 10));
        assertEquals(0.5, Metrics.recall(List.of("a", "c"), gains, 10));
        assertEquals(0.0, Metrics.recall(List.of("b", "a"), gains, 0));
    }

    Dataset data() throws Exception {
        SyntheticData.write(dir, 300, 400, 12, 7);
        return Dataset.load(dir.resolve("B.csv"), dir.resolve("I.csv"), dir.resolve("X.csv"));
    }

    @Test
    void splitsAreReproducibleAndDisjoint() throws Exception {
        Dataset d = data();
        Split a = Split.of(d, Split.Kind.RANDOM, 0.2, 1);
        Split b = Split.of(d, Split.Kind.RANDOM, 0.2, 1);
        assertEquals(a, b);
        assertEquals(d.interactions().size(), a.train().size() + a.warmTest().size() + a.coldTest().size());
        assertEquals(60, a.coldBodies().size());
        assertTrue(a.train().stream().noneMatch(x -> a.coldBodies().contains(x.body())));
        Split t = Split.of(d, Split.Kind.TEMPORAL, 0.2, 1);
        long lastTrain = t.train().stream().mapToLong(x -> x.time()).max().orElseThrow();
        assertTrue(t.warmTest().stream().allMatch(x -> x.time() >= lastTrain));
    }

    @Test
    void profileAwareModelsBeatPopularityWhereSizeMatters() throws Exception {
        Dataset d = data();
        Evaluation e = new Evaluation(d, Split.of(d, Split.Kind.RANDOM, 0.2, 1), 10, 1);
        double popularity = e.evaluate(new Popularity()).cold().ndcg();
        double band = e.evaluate(new BandPopularity()).cold().ndcg();
        double knn = e.evaluate(new ProfileKnn(30)).cold().ndcg();
        assertTrue(band > popularity, band + " vs " + popularity);
        assertTrue(knn > popularity, knn + " vs " + popularity);
        assertEquals(e.evaluate(new ProfileKnn(30)), e.evaluate(new ProfileKnn(30)));
    }

    @Test
    void theCommandPrintsATableAndWritesJson() throws Exception {
        SyntheticData.write(dir, 120, 150, 8, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = EvaluateCommand.run(new String[] {"--bodies", dir.resolve("B.csv").toString(), "--items",
            dir.resolve("I.csv").toString(), "--interactions", dir.resolve("X.csv").toString(), "--k", "5", "--seed",
            "4", "--json", dir.resolve("out.json").toString()}, new PrintStream(out), new PrintStream(err));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("band-popularity") && table.contains("profile-knn"), table);
        String json = Files.readString(dir.resolve("out.json"));
        assertTrue(json.contains("\"popularity\": {\"warm\": {\"ndcg@5\":"), json);
        assertTrue(json.contains("\"seed\": 4"), json);
        for (String model : new String[] {"popularity", "band-popularity", "profile-knn", "mahout-user-cf", "digicanvis"}) {
            assertTrue(json.contains("\"" + model + "\": {\"warm\""), model + " missing: " + json);
        }
        // Mahout knows nothing of bodies without interactions
        assertTrue(json.contains("\"mahout-user-cf\": {\"warm\": {\"ndcg@5\": ") && json.matches(
                "(?s).*\"mahout-user-cf\": \\{\"warm\": \\{[^}]*\\}, \"cold\": \\{\"ndcg@5\": 0\\.000000.*"), json);
    }

    @Test
    void theCommandRunsTheModelsAskedFor() throws Exception {
        SyntheticData.write(dir, 120, 150, 8, 3);
        String[] base = {"--bodies", dir.resolve("B.csv").toString(), "--items", dir.resolve("I.csv").toString(),
            "--interactions", dir.resolve("X.csv").toString(), "--json", dir.resolve("some.json").toString()};
        String[] some = java.util.Arrays.copyOf(base, base.length + 2);
        some[base.length] = "--models";
        some[base.length + 1] = "popularity,band-popularity";
        assertEquals(0, EvaluateCommand.run(some, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())));
        String json = Files.readString(dir.resolve("some.json"));
        assertTrue(json.contains("\"band-popularity\"") && !json.contains("\"digicanvis\"") && !json.contains("mahout"), json);
        some[base.length + 1] = "popularity,nonsense";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, EvaluateCommand.run(some, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown model: nonsense"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandRefusesBadInputClearly() throws Exception {
        Files.writeString(dir.resolve("B.csv"), "id,population\nb1,-3\n");
        Files.writeString(dir.resolve("I.csv"), "id\ni1\n");
        Files.writeString(dir.resolve("X.csv"), "body,item,grade,time\nb1,i1,1,0\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = EvaluateCommand.run(new String[] {"--bodies", dir.resolve("B.csv").toString(), "--items",
            dir.resolve("I.csv").toString(), "--interactions", dir.resolve("X.csv").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("B.csv:2: population must be positive"));
        assertEquals(2, EvaluateCommand.run(new String[] {"--k"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())));
    }
}
