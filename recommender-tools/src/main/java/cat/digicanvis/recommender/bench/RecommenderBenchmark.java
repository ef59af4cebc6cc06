package cat.digicanvis.recommender.bench;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.hybrid.DigiCanvisModel;
import cat.digicanvis.recommender.hybrid.DigiCanvisTrainer;
import cat.digicanvis.recommender.hybrid.Engine;
import cat.digicanvis.recommender.synth.SyntheticCouncils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code bin/recommender-bench}: the recommender's speed on synthetic councils (real municipalities,
 * generated projects and interactions). Training: wall time of {@code --trainings} full trainings (tuning
 * included) on all the interactions, median reported. Requests: after a warm-up, {@code --requests} requests
 * for random bodies, each what the portal's page asks (10 Km0 projects, 10 foreign ones and 6 peers, with
 * reasons), and the library call alone (10 projects); p50, p95 and p99 in milliseconds.
 */
public final class RecommenderBenchmark {

    private RecommenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int items = Integer.parseInt(o.getOrDefault("items", "10000"));
        int interactions = Integer.parseInt(o.getOrDefault("interactions", "100000"));
        int trainings = Integer.parseInt(o.getOrDefault("trainings", "3"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "2000"));
        Path reference = Path.of(o.get("reference"));
        Path dir = Files.createTempDirectory("dc-bench");
        SyntheticCouncils.write(reference.resolve("municipis_catalunya.csv"), reference.resolve("geonames_towns.csv.gz"), dir,
                new SyntheticCouncils.Parameters(items, interactions, 150, 1, 1, 0.1, 1));
        Dataset data = Dataset.load(dir.resolve("bodies.csv"), dir.resolve("items.csv"), dir.resolve("interactions.csv"));
        System.out.printf(Locale.ROOT, "data (synthetic): %d bodies, %d projects, %d interactions%n", data.bodies().size(),
                data.items().size(), data.interactions().size());
        double[] seconds = new double[trainings];
        DigiCanvisModel model = null;
        for (int t = 0; t < trainings; t++) {
            long start = System.nanoTime();
            model = new DigiCanvisTrainer(DigiCanvisTrainer.Settings.defaults(1)).train(data);
            seconds[t] = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "training %d: %.1f s (%s)%n", t + 1, seconds[t], model.facts().get("seconds.phases"));
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "training: median %.1f s over %d runs (%d interactions)%n", seconds[trainings / 2],
                trainings, data.interactions().size());
        System.out.println("model: " + model.blend());
        System.out.println("latent tastes: " + model.facts().getOrDefault("latent", "not kept (validation: "
                + model.facts().get("validation.latent.ndcg@10.before") + " without, " + model.facts().get("validation.latent.ndcg@10.after") + " with)"));

        long bindStart = System.nanoTime();
        Engine engine = model.bind(data);
        System.out.printf(Locale.ROOT, "binding the model to the data: %.0f ms%n", (System.nanoTime() - bindStart) / 1e6);
        List<Body> bodies = new ArrayList<>(data.bodies().values());
        bodies.sort((a, b) -> a.id().compareTo(b.id()));
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            page(engine, bodies.get(random.nextInt(bodies.size())));
        }
        double[] pageMs = new double[requests];
        double[] callMs = new double[requests];
        for (int i = 0; i < requests; i++) {
            Body body = bodies.get(random.nextInt(bodies.size()));
            long start = System.nanoTime();
            page(engine, body);
            pageMs[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            engine.recommend(body, Set.of(), 10, null);
            callMs[i] = (System.nanoTime() - start) / 1e6;
        }
        report("page request (10 Km0 + 10 foreign + 6 peers)", pageMs, data.items().size());
        report("one recommendation call (10 projects)", callMs, data.items().size());
        // projects like this: the first request for a project computes its list, later ones read it
        List<String> ids = engine.itemIds();
        double[] firstMs = new double[Math.min(requests, ids.size())];
        double[] againMs = new double[requests];
        List<String> order = new ArrayList<>(ids);
        java.util.Collections.shuffle(order, random);
        for (int i = 0; i < firstMs.length; i++) {
            long start = System.nanoTime();
            engine.similar(order.get(i), 10);
            firstMs[i] = (System.nanoTime() - start) / 1e6;
        }
        // as the portal serves it: every list prepared when the engine is bound, then read from memory
        Engine prepared = model.bind(data);
        long prepStart = System.nanoTime();
        prepared.prepareSimilar();
        System.out.printf(Locale.ROOT, "preparing projects like this for all %d projects: %.1f s%n", ids.size(),
                (System.nanoTime() - prepStart) / 1e9);
        for (int i = 0; i < requests; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            long start = System.nanoTime();
            prepared.similar(id, 10);
            againMs[i] = (System.nanoTime() - start) / 1e6;
        }
        report("projects like this, computed on request (not prepared)", firstMs, data.items().size());
        report("projects like this, prepared (served from memory)", againMs, data.items().size());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long withModel = rt.totalMemory() - rt.freeMemory();
        if (model.collaborative() != null) {
            System.out.printf(Locale.ROOT, "collaborative model: %d bodies x %d projects, about %.1f MB (K^-1 %.1f MB); %s%n",
                    model.collaborative().ease().bodies(), model.collaborative().ease().items(),
                    model.collaborative().ease().bytes() / 1e6,
                    8.0 * model.collaborative().ease().bodies() * model.collaborative().ease().bodies() / 1e6,
                    model.collaborative());
        }
        System.out.printf(Locale.ROOT, "heap in use with the model and the bound engine (after GC): %.0f MB%n", withModel / 1e6);
    }

    private static int page(Engine engine, Body body) {
        Engine.Answer a = engine.answer(body, Set.of(), 10, 6);
        return a.km0().size() + a.foreign().size() + a.peers().size();
    }

    private static void report(String what, double[] ms, int items) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%s over %d projects: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d requests)%n", what,
                items, s[s.length / 2], s[(int) Math.ceil(s.length * 0.95) - 1], s[(int) Math.ceil(s.length * 0.99) - 1],
                s.length);
    }
}
