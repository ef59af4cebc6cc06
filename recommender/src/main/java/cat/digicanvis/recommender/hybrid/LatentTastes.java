package cat.digicanvis.recommender.hybrid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * What bodies' choices show of their tastes beyond their profiles: a few latent factors per body and per project,
 * fitted as an extension of the choice model, P(body b picks project i) ∝ exp(β · signals + appeal_i + u_b · v_i),
 * by maximum likelihood over every project (no sampling) with an L2 penalty on the factors. Bodies that choose
 * together (a consortium, one supplier's users, a network) get factors that point the same way, and so do the projects
 * they choose; what the profile already explains stays in the offset, so the factors hold only the rest. This is
 * the matrix-factorization form of a mixed logit (latent-class and random-coefficient choice models). {@code weight}
 * is how much of u · v the blend adds to the profile part's logit, tuned on the validation split (0: not used).
 *
 * <p>The same holder carries the other form, {@link TasteBlocks} ({@link #classes()} &gt; 0): there a body's vector
 * holds its expected multiplier per project class and a project's its class probabilities, and the effect is the log
 * of their dot product.
 */
public final class LatentTastes {

    /**
     * Factors per body and project, full-batch Adam steps from random factors and from an earlier fit's: chosen on the
     * validation split of synthetic councils with ten hidden groups (rank 6, 10 and 16; 40 to 300 steps did no better).
     */
    static final int RANK = 10;
    static final int ITERATIONS = 80;
    /**
     * Projects that get factors at most (the most chosen): it bounds a fit's time on large catalogues. With 10,000
     * projects and 100,000 interactions the less chosen half has at most 6 interactions each (17 % of them), too few
     * to place a project; fitting them too took the training past its 60 s once the block fits joined (20,000 until
     * then).
     */
    static final int MAX_FITTED = 5_000;
    /** Body-project offsets kept in memory during a fit (4 bytes each). */
    static final long BASE_CELLS = 12_000_000;
    /** Iterations when starting from the factors of an earlier fit (the validation split's, on more data). */
    static final int MORE_ITERATIONS = 30;
    static final double LEARNING_RATE = 0.05;
    /** A floor under a block fit's multiplier, so a rounding zero cannot rank a project out of sight. */
    static final double MIN_MULTIPLIER = 1e-6;

    private final double penalty;
    private final double weight;
    /** 0: factors; else the number of classes of a {@link TasteBlocks} fit */
    private final int classes;
    private final Map<String, float[]> bodies;
    private final Map<String, float[]> items;

    LatentTastes(double penalty, double weight, Map<String, float[]> bodies, Map<String, float[]> items) {
        this(penalty, weight, 0, bodies, items);
    }

    private LatentTastes(double penalty, double weight, int classes, Map<String, float[]> bodies, Map<String, float[]> items) {
        this.penalty = penalty;
        this.weight = weight;
        this.classes = classes;
        this.bodies = Map.copyOf(bodies);
        this.items = Map.copyOf(items);
    }

    /** Tastes as blocks: each body's expected multiplier per project class, each project's class probabilities. */
    static LatentTastes blocks(int classes, Map<String, float[]> bodies, Map<String, float[]> items) {
        return new LatentTastes(0, 0, classes, bodies, items);
    }

    /** 0 for factors, else the number of classes of a block fit. */
    int classes() {
        return classes;
    }

    double penalty() {
        return penalty;
    }

    double weight() {
        return weight;
    }

    LatentTastes withWeight(double w) {
        return new LatentTastes(penalty, w, classes, bodies, items);
    }

    /** The body's factors, or null for a body that had no choices when the model was trained. */
    float[] body(String id) {
        return bodies.get(id);
    }

    /** The project's factors, or null for a project nobody could choose when the model was trained. */
    float[] item(String id) {
        return items.get(id);
    }

    /** What the body's and the project's vectors add to the logit, before the weight. */
    double effect(float[] u, float[] v) {
        // blocks: the log of the expected multiplier (a project of uncertain class keeps its share of each)
        return classes > 0 ? Math.log(Math.max(MIN_MULTIPLIER, dot(u, v))) : dot(u, v);
    }

    static double dot(float[] u, float[] v) {
        double d = 0;
        for (int f = 0; f < u.length; f++) {
            d += u[f] * v[f];
        }
        return d;
    }

    /**
     * Fits the factors on the engine's bodies with choices, the choice model's weights {@code beta} and the appeals
     * the engine computed from them (the offset the engine will use when it serves).
     */
    static LatentTastes fit(Engine e, double[] beta, double penalty, long seed) {
        return fit(e, beta, penalty, seed, null);
    }

    /** The same, starting from {@code start}'s factors where it has them (fewer iterations). */
    static LatentTastes fit(Engine e, double[] beta, double penalty, long seed, LatentTastes start) {
        return fit(e, beta, penalty, seed, start, MAX_FITTED);
    }

    /** The same, with factors for at most {@code maxFitted} projects. */
    static LatentTastes fit(Engine e, double[] beta, double penalty, long seed, LatentTastes start, int maxFitted) {
        ChoiceModel cm = new ChoiceModel(e);
        ChoiceModel.Choices ch = cm.new Choices(e.active);
        int n = e.active.length;
        int ni = e.items.length;
        double[] eq = appealWeights(e);
        // the projects that get factors: all of them up to MAX_FITTED, else the most chosen; the others keep none
        // (v = 0), which leaves their part of each body's normaliser constant and adds nothing to the gradients
        int[] cols = mostChosen(e, maxFitted, false);
        int m = cols.length;
        int[][] chosen = chosenAmong(e, cols);
        // every choice counts in a body's normaliser, also those of projects without factors
        int[] picks = new int[n];
        for (int x = 0; x < n; x++) {
            int b = e.active[x];
            picks[x] = (int) Arrays.stream(e.gradedValues[b]).filter(g -> g > 0).count();
        }
        Random random = new Random(seed);
        // flat rows of RANK: one array per side keeps the inner loops in cache
        double[] u = new double[n * RANK];
        double[] v = new double[m * RANK];
        for (int x = 0; x < n; x++) {
            init(u, x, start == null ? null : start.body(e.bodies[e.active[x]].id()), random);
        }
        for (int j = 0; j < m; j++) {
            init(v, j, start == null ? null : start.item(e.items[cols[j]].id()), random);
        }
        int iterations = start == null ? ITERATIONS : MORE_ITERATIONS;
        Adam adamU = new Adam(u.length);
        Adam adamV = new Adam(v.length);
        int chunks = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        double[][] gvParts = new double[chunks][m * RANK];
        double[] gu = new double[n * RANK];
        // the offsets do not change: kept when they fit in about 50 MB, else recomputed on each pass
        float[][] base = (long) n * m <= BASE_CELLS ? new float[n][] : null;
        double[] rest = new double[n];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            double[] w = new double[ni];
            for (int x = c; x < n; x += chunks) {
                double all = ch.weights(x, beta, eq, w);
                double fitted = 0;
                for (int i : cols) {
                    fitted += w[i];
                }
                rest[x] = Math.max(0, all - fitted);
                if (base != null) {
                    base[x] = new float[m];
                    for (int j = 0; j < m; j++) {
                        base[x][j] = (float) w[cols[j]];
                    }
                }
            }
        });
        for (int it = 1; it <= iterations; it++) {
            IntStream.range(0, chunks).parallel().forEach(c -> {
                double[] gv = gvParts[c];
                Arrays.fill(gv, 0);
                double[] all = base == null ? new double[ni] : null;
                double[] w = new double[m];
                for (int x = c; x < n; x += chunks) {
                    int ux = x * RANK;
                    Arrays.fill(gu, ux, ux + RANK, 0);
                    if (picks[x] == 0) {
                        continue;
                    }
                    if (base == null) {
                        ch.weights(x, beta, eq, all);
                        for (int j = 0; j < m; j++) {
                            w[j] = all[cols[j]];
                        }
                    } else {
                        float[] bx = base[x];
                        for (int j = 0; j < m; j++) {
                            w[j] = bx[j];
                        }
                    }
                    double z = rest[x];
                    for (int j = 0; j < m; j++) {
                        if (w[j] > 0) {
                            double d = 0;
                            int vj = j * RANK;
                            for (int f = 0; f < RANK; f++) {
                                d += u[ux + f] * v[vj + f];
                            }
                            w[j] *= Math.exp(d);
                            z += w[j];
                        }
                    }
                    for (int j = 0; j < m; j++) {
                        if (w[j] > 0) {
                            double p = picks[x] * w[j] / z;
                            int vj = j * RANK;
                            for (int f = 0; f < RANK; f++) {
                                gu[ux + f] -= p * v[vj + f];
                                gv[vj + f] -= p * u[ux + f];
                            }
                        }
                    }
                    for (int j : chosen[x]) {
                        int vj = j * RANK;
                        for (int f = 0; f < RANK; f++) {
                            gu[ux + f] += v[vj + f];
                            gv[vj + f] += u[ux + f];
                        }
                    }
                    for (int f = 0; f < RANK; f++) {
                        gu[ux + f] -= penalty * u[ux + f];
                    }
                }
            });
            double[] gv = gvParts[0];
            for (int c = 1; c < chunks; c++) {
                for (int k = 0; k < gv.length; k++) {
                    gv[k] += gvParts[c][k];
                }
            }
            for (int k = 0; k < gv.length; k++) {
                gv[k] -= penalty * v[k];
            }
            adamU.ascend(u, gu, it);
            adamV.ascend(v, gv, it);
        }
        Map<String, float[]> bodyFactors = new HashMap<>();
        for (int x = 0; x < n; x++) {
            if (picks[x] > 0) {
                bodyFactors.put(e.bodies[e.active[x]].id(), toFloats(u, x));
            }
        }
        Map<String, float[]> itemFactors = new HashMap<>();
        for (int j = 0; j < m; j++) {
            itemFactors.put(e.items[cols[j]].id(), toFloats(v, j));
        }
        return new LatentTastes(penalty, 0, bodyFactors, itemFactors);
    }

    /** The engine's appeals as choice weights, on the scale the profile part uses (see Engine's constructor). */
    static double[] appealWeights(Engine e) {
        double[] eq = new double[e.items.length];
        for (int i = 0; i < eq.length; i++) {
            eq[i] = Math.exp((e.popular[i] - 0.5) * ChoiceModel.APPEAL_SPAN);
        }
        return eq;
    }

    /**
     * The {@code max} projects (of all, or of those chosen at least once) most chosen by the engine's bodies with
     * choices, ties by index, in index order: the projects a latent fit gives vectors to.
     */
    static int[] mostChosen(Engine e, int max, boolean chosenOnly) {
        int[] picksOf = new int[e.items.length];
        for (int b : e.active) {
            for (int k = 0; k < e.gradedItems[b].length; k++) {
                if (e.gradedValues[b][k] > 0) {
                    picksOf[e.gradedItems[b][k]]++;
                }
            }
        }
        return IntStream.range(0, picksOf.length).filter(i -> !chosenOnly || picksOf[i] > 0).boxed()
                .sorted((i, j) -> picksOf[j] != picksOf[i] ? Integer.compare(picksOf[j], picksOf[i]) : Integer.compare(i, j))
                .limit(max).mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Each of the engine's bodies with choices: its positive choices among {@code cols}, as positions in it. */
    static int[][] chosenAmong(Engine e, int[] cols) {
        int[] colOf = new int[e.items.length];
        Arrays.fill(colOf, -1);
        for (int j = 0; j < cols.length; j++) {
            colOf[cols[j]] = j;
        }
        int[][] chosen = new int[e.active.length][];
        for (int x = 0; x < chosen.length; x++) {
            int b = e.active[x];
            chosen[x] = IntStream.range(0, e.gradedItems[b].length).filter(k -> e.gradedValues[b][k] > 0)
                    .map(k -> colOf[e.gradedItems[b][k]]).filter(j -> j >= 0).toArray();
        }
        return chosen;
    }

    private static void init(double[] rows, int r, float[] known, Random random) {
        for (int f = 0; f < RANK; f++) {
            rows[r * RANK + f] = known != null && known.length == RANK ? known[f] : 0.1 * random.nextGaussian();
        }
    }

    private static float[] toFloats(double[] rows, int r) {
        float[] f = new float[RANK];
        for (int k = 0; k < RANK; k++) {
            f[k] = (float) rows[r * RANK + k];
        }
        return f;
    }

    /** Adam's moment estimates for a block of parameters (Kingma and Ba, 2015), in gradient ascent. */
    private static final class Adam {
        static final double B1 = 0.9;
        static final double B2 = 0.999;
        final double[] m;
        final double[] s;

        Adam(int size) {
            m = new double[size];
            s = new double[size];
        }

        void ascend(double[] x, double[] g, int t) {
            double c1 = 1 - Math.pow(B1, t);
            double c2 = 1 - Math.pow(B2, t);
            for (int j = 0; j < x.length; j++) {
                m[j] = B1 * m[j] + (1 - B1) * g[j];
                s[j] = B2 * s[j] + (1 - B2) * g[j] * g[j];
                x[j] += LEARNING_RATE * (m[j] / c1) / (Math.sqrt(s[j] / c2) + 1e-8);
            }
        }
    }

    // ---- saved with the model

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeDouble(penalty);
            out.writeDouble(weight);
            for (Map<String, float[]> side : Arrays.asList(bodies, items)) {
                out.writeInt(side.size());
                for (Map.Entry<String, float[]> e : side.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                    out.writeUTF(e.getKey());
                    out.writeShort(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            out.writeInt(classes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static LatentTastes fromBytes(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            double penalty = in.readDouble();
            double weight = in.readDouble();
            Map<String, float[]> bodies = readSide(in);
            Map<String, float[]> items = readSide(in);
            // written since the block fits; earlier files hold factors
            int classes = in.available() > 0 ? in.readInt() : 0;
            if (classes < 0) {
                throw new IOException("a negative count of classes");
            }
            return new LatentTastes(penalty, weight, classes, bodies, items);
        }
    }

    private static Map<String, float[]> readSide(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("a negative count of factors");
        }
        Map<String, float[]> side = new HashMap<>();
        for (int r = 0; r < n; r++) {
            String id = in.readUTF();
            float[] f = new float[in.readShort()];
            for (int k = 0; k < f.length; k++) {
                f[k] = in.readFloat();
            }
            side.put(id, f);
        }
        return side;
    }

    @Override
    public String toString() {
        return classes > 0
                ? String.format(Locale.ROOT, "latent tastes: %d classes (blocks), weight %.2f, %d bodies, %d projects",
                        classes, weight, bodies.size(), items.size())
                : String.format(Locale.ROOT, "latent tastes: %d factors, penalty %.1f, weight %.2f, %d bodies, %d projects",
                        RANK, penalty, weight, bodies.size(), items.size());
    }
}
