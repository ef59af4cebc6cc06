package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.TopK;
import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Interaction;
import cat.digicanvis.recommender.data.Item;
import cat.digicanvis.recommender.Metrics;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.LongProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.MutableDataset;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.fm.FMRegressionModel;
import org.tribuo.regression.sgd.fm.FMRegressionTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Trains the DigiCanvis model. The factorization machine is trained pointwise: each interaction is an
 * example whose target is its grade, and for each positive one {@code negatives} projects the body never
 * touched are examples with target 0 (Tribuo 4.3 has no ranking loss). The body's id is dropped from half
 * of the examples so that its profile features learn too, which is what cold bodies get. A choice model
 * (conditional logit with one appeal per project, {@link ChoiceModel}) weighs need, size, nearness and
 * phase by maximum likelihood. The blend starts from it and is tuned on a validation split carved out of the
 * training data (never the test data), on NDCG@10: the weights of the signals the choice model does not see,
 * then the learned part's share for warm and cold bodies. Finally the machine is retrained on all the
 * training data. Fixed seeds throughout.
 */
public final class DigiCanvisTrainer {

    private static final Logger LOG = Logger.getLogger(DigiCanvisTrainer.class.getName());

    /** Settings; {@link #defaults(long)} are the ones the evaluation and the portal use. */
    public record Settings(int factors, int epochs, int negatives, double learningRate, double relevant,
                           int minPositives, int validationBodies, long seed) {

        public static Settings defaults(long seed) {
            // AdaGrad 0.02 did better on validation than 0.005, 0.01 (6 epochs), 0.1 and 0.3 (5 epochs);
            // 1,000 validation bodies rather than 200: with fewer, the tuning fitted their noise
            return new Settings(8, 3, 4, 0.02, 2, 50, 1000, seed);
        }

        public Settings withRelevant(double grade) {
            return new Settings(factors, epochs, negatives, learningRate, grade, minPositives, validationBodies, seed);
        }
    }

    static final double[] WEIGHT_GRID = {0, 0.25, 0.5, 1, 2, 4, 8};
    static final double[] ALPHA_GRID = {0, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 1};
    static final double VALIDATION_COLD = 0.15;
    static final double VALIDATION_WARM = 0.2;
    static final int K = 10;
    /** Bodies the choice model is fitted on: enough for four weights, and it keeps training time flat. */
    static final int CHOICE_BODIES = 500;

    private final Settings settings;
    private final Clock clock;

    public DigiCanvisTrainer(Settings settings) {
        this(settings, Clock.systemUTC());
    }

    public DigiCanvisTrainer(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public DigiCanvisModel train(Dataset data) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("bodies", Integer.toString(data.bodies().size()));
        facts.put("items", Integer.toString(data.items().size()));
        facts.put("interactions", Integer.toString(data.interactions().size()));
        facts.put("seed", Long.toString(settings.seed()));
        facts.put("settings", settings.toString());
        long positives = data.interactions().stream().filter(x -> x.grade() > 0).count();
        if (positives < settings.minPositives()) {
            facts.put("kind", "profile-only");
            facts.put("why", "fewer than " + settings.minPositives() + " positive interactions");
            return new DigiCanvisModel(null, null, Blend.profileOnly(), now, facts);
        }
        // 1. tune on a validation split of the training data
        Random random = new Random(settings.seed());
        Validation v = validation(data, random);
        FeatureEncoder encoder = FeatureEncoder.fit(data);
        long t0 = System.nanoTime();
        Dataset fitData = data.withInteractions(v.fit);
        // Tribuo trains the machine on one thread: the choice model, the latent tastes and the tuning use the other
        // cores meanwhile; the final machine depends on nothing tuned, so it follows the validation one at once
        FutureTask<FMRegressionModel> fm1Task = new FutureTask<>(() -> fit(fitData, encoder, now));
        FutureTask<FMRegressionModel> fmTask = new FutureTask<>(() -> fit(data, encoder, now));
        alongside(fm1Task, fmTask);
        // the choice model needs the profile signals only: a profile-only binding skips the machine's project side
        Blend.Choice choice = new ChoiceModel(DigiCanvisModel.profileOnly().bind(fitData)).fitChoice(CHOICE_BODIES, random);
        facts.put("choice", choice.toString());
        long t1 = System.nanoTime();
        List<LatentTastes> tastesPath = latentPath(choiceOnly(choice, now).bind(fitData), choice, facts);
        long t1b = System.nanoTime();
        FMRegressionModel fm1 = outcome(fm1Task);
        long t1c = System.nanoTime();
        DigiCanvisModel probe = new DigiCanvisModel(fm1, encoder, Blend.profileOnly().withChoice(choice), now, facts);
        Engine engine = probe.bind(fitData);
        double[] fmStats = fmStats(engine, data, random);
        List<Case> cases = cases(engine, data, v, fmStats[0], fmStats[1]);
        long t2 = System.nanoTime();
        // the tuning starts from the choice model's own ranking: its weights, and the appeal at its own scale
        Blend start = Blend.profileOnly().withWeights(new double[] {choice.need(), choice.size(), choice.near(),
            choice.phase(), 0, ChoiceModel.APPEAL_SPAN, 0, 0}).withChoice(choice);
        Blend blend = tune(start.withScales(fmStats[0], fmStats[1], 1), cases, facts);
        long t3l = System.nanoTime();
        Map<String, float[]> tastes = new HashMap<>();
        LatentTastes tunedTastes = tuneLatent(tastesPath, cases, blend, tastes, facts);
        long t3a = System.nanoTime();
        Collaborative tuned = tuneCollaborative(data, v, cases, blend, tastes, facts);
        long t3 = System.nanoTime();
        // 2. the final latent tastes and EASE on all training data while the final machine finishes
        Collaborative collaborative = tuned == null ? null
                : new Collaborative(Ease.fit(Ease.positives(data.interactions()), data.items().keySet(), tuned.ease().lambda()),
                        tuned.share());
        LatentTastes latent = tunedTastes == null ? null
                : tunedTastes.classes() > 0
                ? TasteBlocks.refit(choiceOnly(choice, now).bind(data), choice.weights(), tunedTastes).withWeight(tunedTastes.weight())
                : LatentTastes.fit(choiceOnly(choice, now).bind(data),
                        choice.weights(), tunedTastes.penalty(), settings.seed(), tunedTastes).withWeight(tunedTastes.weight());
        long t4 = System.nanoTime();
        FMRegressionModel fm = outcome(fmTask);
        long t5 = System.nanoTime();
        facts.put("seconds.phases", String.format(Locale.ROOT,
                "choice model %.1f and latent tastes %.1f (blocks %s) alongside the machine, then the machine %.1f more; then, alongside"
                        + " the final machine, validation cases %.1f, tuning %.1f, latent tastes tuning %.1f, collaborative tuning %.1f,"
                        + " final collaborative and latent tastes %.1f; then the final machine %.1f more",
                (t1 - t0) / 1e9, (t1b - t1) / 1e9, facts.getOrDefault("seconds.blocks", "0"), (t1c - t1b) / 1e9, (t2 - t1c) / 1e9, (t3l - t2) / 1e9, (t3a - t3l) / 1e9,
                (t3 - t3a) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9));
        if (collaborative != null) {
            facts.put("collaborative", collaborative.toString());
        }
        if (latent != null) {
            facts.put("latent", latent.toString());
        }
        DigiCanvisModel almost = new DigiCanvisModel(fm, encoder, blend, now, facts);
        double[] finalStats = fmStats(almost.bind(data), data, random);
        blend = blend.withScales(finalStats[0], finalStats[1], blend.profileScale());
        facts.put("kind", "hybrid");
        facts.put("blend", blend.toString());
        facts.put("trainingSeconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        return new DigiCanvisModel(fm, encoder, blend, collaborative, latent, now, facts);
    }

    /** The choice model alone (no machine): what the latent tastes are fitted against, the offset the engine serves with. */
    private static DigiCanvisModel choiceOnly(Blend.Choice choice, Instant now) {
        return new DigiCanvisModel(null, null, Blend.profileOnly().withChoice(choice), now, Map.of());
    }

    /** Runs the tasks one after the other on a thread of their own (Tribuo's training uses one core). */
    private static void alongside(FutureTask<?>... tasks) {
        Thread thread = new Thread(() -> {
            for (FutureTask<?> task : tasks) {
                task.run();
            }
        }, "digicanvis-training");
        thread.setDaemon(true);
        thread.start();
    }

    private static <T> T outcome(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    // ---- the factorization machine

    FMRegressionModel fit(Dataset data, FeatureEncoder encoder, Instant now) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> examples = new MutableDataset<>(new SimpleDataSourceProvenance(
                "DigiCanvis interactions", OffsetDateTime.ofInstant(now, ZoneOffset.UTC), factory), factory);
        Random random = new Random(settings.seed() ^ 0x5DEECE66DL);
        List<Item> items = data.items().values().stream().sorted(Comparator.comparing(Item::id)).toList();
        Map<String, Map<String, Double>> best = new TreeMap<>();
        for (Interaction x : data.interactions()) {
            best.computeIfAbsent(x.body(), b -> new TreeMap<>()).merge(x.item(), x.grade(), Engine::strongest);
        }
        Map<String, Map<String, Double>> itemFeatures = new HashMap<>();
        for (Item it : items) {
            itemFeatures.put(it.id(), encoder.item(it, it.owner() == null ? null : data.bodies().get(it.owner())));
        }
        for (Map.Entry<String, Map<String, Double>> e : best.entrySet()) {
            Body body = data.bodies().get(e.getKey());
            Map<String, Double> withId = encoder.body(body, true);
            Map<String, Double> withoutId = encoder.body(body, false);
            for (Map.Entry<String, Double> g : e.getValue().entrySet()) {
                add(examples, random.nextBoolean() ? withId : withoutId, itemFeatures.get(g.getKey()), g.getValue());
                if (g.getValue() <= 0) {
                    continue;
                }
                for (int n = 0; n < settings.negatives(); n++) {
                    Item other = items.get(random.nextInt(items.size()));
                    if (!e.getValue().containsKey(other.id())) {
                        add(examples, random.nextBoolean() ? withId : withoutId, itemFeatures.get(other.id()), 0);
                    }
                }
            }
        }
        FMRegressionTrainer trainer = new FMRegressionTrainer(new SquaredLoss(), new AdaGrad(settings.learningRate(), 0.1),
                settings.epochs(), Integer.MAX_VALUE, 1, settings.seed(), settings.factors(), 0.1, false);
        Map<String, Provenance> run = new HashMap<>();
        run.put("bodies", new IntProvenance("bodies", data.bodies().size()));
        run.put("items", new IntProvenance("items", data.items().size()));
        run.put("interactions", new IntProvenance("interactions", data.interactions().size()));
        run.put("negativesPerPositive", new IntProvenance("negativesPerPositive", settings.negatives()));
        run.put("samplingSeed", new LongProvenance("samplingSeed", settings.seed()));
        run.put("trainedAt", new StringProvenance("trainedAt", now.toString()));
        Logger tribuoLog = Logger.getLogger("org.tribuo");
        Level level = tribuoLog.getLevel();
        tribuoLog.setLevel(Level.WARNING);
        try {
            return (FMRegressionModel) trainer.train(examples, run);
        } finally {
            tribuoLog.setLevel(level);
        }
    }


    private static void add(MutableDataset<Regressor> examples, Map<String, Double> body, Map<String, Double> item,
                            double target) {
        String[] names = new String[body.size() + item.size()];
        double[] values = new double[names.length];
        int n = 0;
        for (Map.Entry<String, Double> e : body.entrySet()) {
            names[n] = e.getKey();
            values[n++] = e.getValue();
        }
        for (Map.Entry<String, Double> e : item.entrySet()) {
            names[n] = e.getKey();
            values[n++] = e.getValue();
        }
        examples.add(new ArrayExample<>(new Regressor("grade", target), names, values));
    }

    /** Mean and standard deviation of the machine's predictions over random body–item pairs. */
    private static double[] fmStats(Engine engine, Dataset data, Random random) {
        List<Body> bodies = data.bodies().values().stream().sorted(Comparator.comparing(Body::id)).toList();
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (int s = 0; s < 40; s++) {
            Engine.Asker a = engine.asker(bodies.get(random.nextInt(bodies.size())));
            for (int t = 0; t < 50; t++) {
                double p = engine.prediction(a, random.nextInt(engine.size()));
                sum += p;
                sum2 += p * p;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, sum2 / n - mean * mean));
        return new double[] {mean, sd < 1e-9 ? 1 : sd};
    }

    // ---- the validation split and the tuning

    private record Validation(List<Interaction> fit, Map<String, Map<String, Double>> warm,
                              Map<String, Map<String, Double>> cold) {
    }

    private Validation validation(Dataset data, Random random) {
        Map<String, List<Interaction>> byBody = new TreeMap<>();
        data.interactions().forEach(x -> byBody.computeIfAbsent(x.body(), b -> new ArrayList<>()).add(x));
        List<String> active = new ArrayList<>(byBody.keySet());
        Collections.shuffle(active, random);
        Set<String> cold = new HashSet<>(active.subList(0, (int) Math.round(active.size() * VALIDATION_COLD)));
        List<Interaction> fit = new ArrayList<>();
        Map<String, Map<String, Double>> warmGains = new TreeMap<>();
        Map<String, Map<String, Double>> coldGains = new TreeMap<>();
        for (Map.Entry<String, List<Interaction>> e : byBody.entrySet()) {
            List<Interaction> xs = new ArrayList<>(e.getValue());
            Collections.shuffle(xs, random);
            boolean isCold = cold.contains(e.getKey());
            int held = isCold ? xs.size() : xs.size() < 2 ? 0 : Math.max(1, (int) Math.round(xs.size() * VALIDATION_WARM));
            for (int i = 0; i < xs.size(); i++) {
                Interaction x = xs.get(i);
                if (i < held) {
                    if (x.grade() >= settings.relevant()) {
                        (isCold ? coldGains : warmGains).computeIfAbsent(x.body(), b -> new LinkedHashMap<>())
                                .merge(x.item(), x.grade(), Math::max);
                    }
                } else {
                    fit.add(x);
                }
            }
        }
        // tuning keeps every candidate's signals in memory: at most about 4 million body-project cells
        int perSide = (int) Math.max(100, Math.min(settings.validationBodies(), 4_000_000L / Math.max(1, data.items().size()) / 2));
        return new Validation(fit, cap(warmGains, random, perSide), cap(coldGains, random, perSide));
    }

    private static Map<String, Map<String, Double>> cap(Map<String, Map<String, Double>> gains, Random random, int max) {
        if (gains.size() <= max) {
            return gains;
        }
        List<String> keys = new ArrayList<>(gains.keySet());
        Collections.shuffle(keys, random);
        Map<String, Map<String, Double>> out = new TreeMap<>();
        keys.subList(0, max).forEach(k -> out.put(k, gains.get(k)));
        return out;
    }

    /** One validation body: its candidates' profile signals and learned scores, and its held-out gains. */
    private record Case(boolean warm, String body, String[] items, float[][] parts, float[] learned, Map<String, Double> gains,
                        int[] positives, double[] positiveGains) {
    }

    /** The machine's predictions are centred by {@code mean} and divided by {@code scale}, as the blend will. */
    private List<Case> cases(Engine engine, Dataset data, Validation v, double mean, double scale) {
        Map<String, Set<String>> seen = new HashMap<>();
        v.fit.forEach(x -> seen.computeIfAbsent(x.body(), b -> new HashSet<>()).add(x.item()));
        List<Case> out = new ArrayList<>();
        List<String> ids = engine.itemIds();
        for (boolean warm : new boolean[] {true, false}) {
            for (Map.Entry<String, Map<String, Double>> e : (warm ? v.warm : v.cold).entrySet()) {
                Engine.Asker a = engine.asker(data.bodies().get(e.getKey()));
                Set<String> exclude = seen.getOrDefault(e.getKey(), Set.of());
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    if (!exclude.contains(ids.get(i))) {
                        candidates.add(i);
                    }
                }
                String[] names = new String[candidates.size()];
                float[][] parts = new float[Engine.PARTS][candidates.size()];
                float[] learned = new float[candidates.size()];
                double[] p = new double[Engine.PARTS];
                for (int c = 0; c < candidates.size(); c++) {
                    int i = candidates.get(c);
                    names[c] = ids.get(i);
                    engine.parts(a, i, p);
                    for (int q = 0; q < Engine.PARTS; q++) {
                        parts[q][c] = (float) p[q];
                    }
                    learned[c] = (float) ((engine.prediction(a, i) - mean) / scale);
                }
                List<Integer> pos = new ArrayList<>();
                List<Double> posGains = new ArrayList<>();
                for (int c = 0; c < names.length; c++) {
                    Double g = e.getValue().get(names[c]);
                    if (g != null) {
                        pos.add(c);
                        posGains.add(g);
                    }
                }
                out.add(new Case(a.warm, e.getKey(), names, parts, learned, e.getValue(), pos.stream().mapToInt(Integer::intValue).toArray(),
                        posGains.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        return out;
    }

    /** How much better than the simpler choice a tuned setting must do on the validation split to be kept. */
    static final double MARGIN = 0.01;

    /**
     * The choice model already weighs need, size, nearness, phase and appeal by maximum likelihood on the
     * training choices. Tuned here on the validation split, by NDCG@10: the signals it cannot see (the areas of
     * the body's own history, what the closest bodies and a wider crowd of similar bodies did) and the
     * factorization machine's share for warm and cold bodies. Each moves away from zero only when it beats
     * the simpler setting by more than {@link #MARGIN}: tuning every weight freely fitted the split's noise.
     */
    private Blend tune(Blend start, List<Case> cases, Map<String, String> facts) {
        double[] w = start.weights();
        double best = ndcg(cases, null, w, 0, 1);
        facts.put("validation.choiceModel", format(best));
        for (int c : new int[] {Engine.HISTORY, Engine.PEERS, Engine.CROWD}) {
            double keep = w[c];
            double bar = best * (1 + MARGIN);
            for (double g : WEIGHT_GRID) {
                w[c] = g;
                double score = ndcg(cases, null, w, 0, 1);
                if (score > bar && score > best) {
                    best = score;
                    keep = g;
                }
            }
            w[c] = keep;
        }
        facts.put("validation.profileOnly.tuned", format(best));
        double profileScale = profileScale(cases, w);
        double[] alphas = new double[2];
        for (int side = 0; side < 2; side++) {
            boolean warm = side == 0;
            double without = ndcg(cases, warm, w, 0, profileScale);
            double bestSide = without;
            for (double alpha : ALPHA_GRID) {
                double score = ndcg(cases, warm, w, alpha, profileScale);
                if (score > without * (1 + MARGIN) && score > bestSide) {
                    bestSide = score;
                    alphas[side] = alpha;
                }
            }
            String name = warm ? "warm" : "cold";
            facts.put("validation." + name + ".ndcg@10", format(bestSide));
            facts.put("validation." + name + ".bodies", Long.toString(cases.stream().filter(k -> k.warm() == warm).count()));
            double[] popularity = new double[Engine.PARTS];
            popularity[Engine.POPULAR] = 1;
            facts.put("validation." + name + ".ndcg@10.popularity", format(ndcg(cases, warm, popularity, 0, 1)));
            facts.put("validation." + name + ".ndcg@10.learnedOnly", format(ndcg(cases, warm, w, 1, profileScale)));
        }
        return start.withWeights(w).withAlphas(alphas[0], alphas[1])
                .withScales(start.fmMean(), start.fmScale(), profileScale);
    }

    /** Penalties of the latent tastes, strongest first (2 overfitted and 30 left nothing on the validation split). */
    static final double[] PENALTY_GRID = {8, 4};
    /** Classes of the block fits (a number of hidden groups is never known: the validation split chooses). */
    static final int[] BLOCK_GRID = {10, 20};
    static final double[] TASTE_WEIGHT_GRID = {0.5, 0.75, 1, 1.25, 1.5, 2, 2.5};

    /**
     * The latent tastes fitted on the validation split's training part: factors for each penalty of
     * {@link #PENALTY_GRID}, blocks for each number of classes of {@link #BLOCK_GRID}.
     */
    private List<LatentTastes> latentPath(Engine engine, Blend.Choice choice, Map<String, String> facts) {
        List<LatentTastes> path = new ArrayList<>();
        LatentTastes previous = null;
        for (double penalty : PENALTY_GRID) {
            // a path from the strongest penalty down: each fit starts from the previous one's factors
            previous = engine.active.length == 0 ? null : LatentTastes.fit(engine, choice.weights(), penalty, settings.seed(), previous);
            if (previous != null) {
                path.add(previous);
            }
        }
        long t0 = System.nanoTime();
        path.addAll(TasteBlocks.fit(engine, choice.weights(), BLOCK_GRID, settings.seed()));
        facts.put("seconds.blocks", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        return path;
    }

    /**
     * The latent tastes' penalty and weight, tuned on the validation bodies with a history (the others have no
     * tastes to show): the factors fitted for each penalty on the validation split's training part, and the
     * weight that adds them to the profile part's logit is kept only when it beats none by {@link #MARGIN}. Fills
     * {@code tastes} with each case's weighted addition for the candidates; null when they do not help.
     */
    private LatentTastes tuneLatent(List<LatentTastes> path, List<Case> cases, Blend blend,
                                    Map<String, float[]> tastes, Map<String, String> facts) {
        List<Case> warm = cases.stream().filter(Case::warm).toList();
        if (warm.isEmpty() || path.isEmpty()) {
            return null;
        }
        double[] w = blend.weights();
        double without = 0;
        for (Case k : warm) {
            without += ndcg(k, blended(k, w, blend.alphaWarm(), blend.profileScale(), null));
        }
        without /= warm.size();
        double best = without;
        LatentTastes kept = null;
        StringBuilder tried = new StringBuilder();
        for (LatentTastes t : path) {
            String fit = t.classes() > 0 ? t.classes() + " classes" : String.format(Locale.ROOT, "penalty %.0f", t.penalty());
            List<float[]> dots = new ArrayList<>();
            for (Case k : warm) {
                float[] u = t.body(k.body());
                float[] d = new float[k.items().length];
                for (int c = 0; u != null && c < d.length; c++) {
                    float[] vi = t.item(k.items()[c]);
                    d[c] = vi == null ? 0 : (float) t.effect(u, vi);
                }
                dots.add(d);
            }
            for (double weight : TASTE_WEIGHT_GRID) {
                double total = 0;
                for (int n = 0; n < warm.size(); n++) {
                    float[] d = scaled(dots.get(n), weight);
                    total += ndcg(warm.get(n), blended(warm.get(n), w, blend.alphaWarm(), blend.profileScale(), d));
                }
                double score = total / warm.size();
                tried.append(tried.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s/%.2f: %.4f", fit, weight, score));
                if (score > without * (1 + MARGIN) && score > best) {
                    best = score;
                    kept = t.withWeight(weight);
                    tastes.clear();
                    for (int n = 0; n < warm.size(); n++) {
                        tastes.put(warm.get(n).body(), scaled(dots.get(n), weight));
                    }
                }
            }
        }
        facts.put("validation.latent.tried", tried.toString());
        facts.put("validation.latent.ndcg@10.before", format(without));
        facts.put("validation.latent.ndcg@10.after", format(best));
        return kept;
    }

    private static float[] scaled(float[] d, double weight) {
        float[] out = new float[d.length];
        for (int c = 0; c < d.length; c++) {
            out[c] = (float) (d[c] * weight);
        }
        return out;
    }

    static final double[] SHARE_GRID = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
    static final double FIRST_LAMBDA = 100;
    /** A history band needs this many validation bodies to get a share of its own (else it takes the overall one). */
    static final int BAND_CASES = 30;

    /**
     * The collaborative model's λ and its share by history band, tuned on the validation bodies that have a
     * history: λ by the model's own NDCG@10 (from 100, by factors of 3 while it improves), then the share
     * against the tuned blend. Null when no validation body has a history to learn from.
     */
    private Collaborative tuneCollaborative(Dataset data, Validation v, List<Case> cases, Blend blend,
                                            Map<String, float[]> tastes, Map<String, String> facts) {
        Map<String, Set<String>> fit = Ease.positives(v.fit);
        List<Case> warm = cases.stream().filter(k -> fit.containsKey(k.body())).toList();
        if (warm.isEmpty()) {
            return null;
        }
        float[][] base = new float[warm.size()][];
        int[] history = new int[warm.size()];
        double[] w = blend.weights();
        for (int n = 0; n < warm.size(); n++) {
            Case k = warm.get(n);
            double alpha = k.warm() ? blend.alphaWarm() : blend.alphaCold();
            base[n] = toFloats(Engine.standardised(blended(k, w, alpha, blend.profileScale(), tastes.get(k.body()))));
            history[n] = fit.get(k.body()).size();
        }
        Map<Double, float[][]> byLambda = new HashMap<>();
        Map<Double, Ease> eases = new HashMap<>();
        java.util.function.DoubleFunction<float[][]> scored = lambda -> byLambda.computeIfAbsent(lambda, l -> {
            Ease ease = Ease.fit(fit, data.items().keySet(), l);
            eases.put(l, ease);
            float[][] z = new float[warm.size()][];
            for (int n = 0; n < warm.size(); n++) {
                Case k = warm.get(n);
                double[] e = ease.scores(fit.get(k.body()).stream().mapToInt(ease::column).filter(j -> j >= 0).sorted().toArray());
                double[] s = new double[k.items().length];
                for (int c = 0; c < s.length; c++) {
                    int j = ease.column(k.items()[c]);
                    s[c] = j < 0 ? 0 : e[j];
                }
                z[n] = toFloats(Engine.standardised(s));
            }
            return z;
        });
        double lambda = FIRST_LAMBDA;
        double best = mixed(warm, base, scored.apply(lambda), null, 1, null);
        for (double factor : new double[] {3, 1 / 3.0}) {
            for (double l = lambda * factor; l >= 1 && l <= 1e5; l *= factor) {
                double score = mixed(warm, base, scored.apply(l), null, 1, null);
                if (score <= best) {
                    break;
                }
                best = score;
                lambda = l;
            }
        }
        facts.put("validation.collaborative.lambda", format(lambda));
        facts.put("validation.collaborative.ndcg@10.alone", format(best));
        float[][] z = scored.apply(lambda);
        double without = mixed(warm, base, z, null, 0, null);
        double overall = 0;
        double overallScore = without;
        for (double share : SHARE_GRID) {
            double score = mixed(warm, base, z, null, share, null);
            if (score > without * (1 + MARGIN) && score > overallScore) {
                overallScore = score;
                overall = share;
            }
        }
        double[] shares = new double[Collaborative.BANDS.length];
        StringBuilder perBand = new StringBuilder();
        for (int b = 0; b < shares.length; b++) {
            final int band = b;
            int[] in = java.util.stream.IntStream.range(0, warm.size()).filter(n -> Collaborative.band(history[n]) == band).toArray();
            shares[b] = overall;
            if (in.length >= BAND_CASES) {
                double atOverall = mixed(warm, base, z, in, overall, null);
                double bestBand = atOverall;
                for (double share : SHARE_GRID) {
                    double score = mixed(warm, base, z, in, share, null);
                    if (score > atOverall * (1 + MARGIN) && score > bestBand) {
                        bestBand = score;
                        shares[b] = share;
                    }
                }
            }
            perBand.append(b == 0 ? "" : ", ").append(Collaborative.BANDS[b]).append("+: ").append(in.length)
                    .append(" bodies, share ").append(shares[b]);
        }
        double[] byBody = new double[warm.size()];
        for (int n = 0; n < byBody.length; n++) {
            byBody[n] = shares[Math.max(0, Collaborative.band(history[n]))];
        }
        double banded = mixed(warm, base, z, null, 0, byBody);
        // shares of their own, band by band, must together beat the one overall share by the margin: else noise
        if (!(banded > overallScore * (1 + MARGIN))) {
            Arrays.fill(shares, overall);
            perBand.append(" (not kept: ").append(format(banded)).append(')');
            banded = overallScore;
        }
        facts.put("validation.collaborative.bands", perBand.toString());
        facts.put("validation.collaborative.ndcg@10.before", format(without));
        facts.put("validation.collaborative.ndcg@10.after", format(banded));
        return new Collaborative(eases.get(lambda), shares);
    }

    /** Mean NDCG@10 of (1 − share)·base + share·collaborative over the cases (or those listed in {@code only}). */
    private static double mixed(List<Case> cases, float[][] base, float[][] z, int[] only, double share, double[] byCase) {
        double total = 0;
        int count = 0;
        int m = only == null ? cases.size() : only.length;
        for (int x = 0; x < m; x++) {
            int n = only == null ? x : only[x];
            Case k = cases.get(n);
            double sh = byCase == null ? share : byCase[n];
            double[] s = new double[k.items().length];
            for (int c = 0; c < s.length; c++) {
                s[c] = (1 - sh) * base[n][c] + sh * z[n][c];
            }
            total += ndcg(k, s);
            count++;
        }
        return count == 0 ? 0 : total / count;
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    private static double profileScale(List<Case> cases, double[] w) {
        double sum = 0;
        double sum2 = 0;
        long n = 0;
        for (Case k : cases) {
            for (int c = 0; c < k.items().length; c++) {
                double s = 0;
                for (int q = 0; q < w.length; q++) {
                    s += w[q] * k.parts()[q][c];
                }
                sum += s;
                sum2 += s * s;
                n++;
            }
        }
        if (n == 0) {
            return 1;
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, sum2 / n - mean * mean));
        return sd < 1e-9 ? 1 : sd;
    }

    /** Mean NDCG@10 over the cases (only warm or cold ones when asked). */
    private static double ndcg(List<Case> cases, Boolean warm, double[] w, double alpha, double profileScale) {
        double total = 0;
        int n = 0;
        for (Case k : cases) {
            if (warm != null && k.warm() != warm) {
                continue;
            }
            total += ndcg(k, blended(k, w, alpha, profileScale, null));
            n++;
        }
        return n == 0 ? 0 : total / n;
    }

    /** The blend's score of each of the case's candidates: the weighted profile signals and the machine's share. */
    private static double[] blended(Case k, double[] w, double alpha, double profileScale, float[] tastes) {
        double[] s = new double[k.items().length];
        for (int c = 0; c < s.length; c++) {
            double p = tastes == null ? 0 : tastes[c];
            for (int q = 0; q < w.length; q++) {
                p += w[q] * k.parts()[q][c];
            }
            s[c] = (1 - alpha) * p / profileScale + alpha * k.learned()[c];
        }
        return s;
    }

    /** NDCG@10 of the case's candidates ranked by {@code s}. */
    private static double ndcg(Case k, double[] s) {
        int[] order = topK(s, K, k.items());
        List<String> ranking = new ArrayList<>(order.length);
        for (int c : order) {
            ranking.add(k.items()[c]);
        }
        return Metrics.ndcg(ranking, k.gains(), K);
    }

    static int[] topK(double[] s, int k, String[] names) {
        return TopK.indices(s, k, null, i -> names[i]);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

}
