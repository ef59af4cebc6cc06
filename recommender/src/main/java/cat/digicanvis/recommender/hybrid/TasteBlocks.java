package cat.digicanvis.recommender.hybrid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Latent tastes as blocks: bodies and projects each fall into one of a few classes, and a body of class k picks a
 * project of class l with its choice-model weight times e^η[k][l] (a stochastic block model, or co-clustering, over
 * the choice model's offsets; George and Merugu 2005, Karrer and Newman 2011). Where bodies choose together because
 * of something they share and nothing shows (a consortium, one supplier's users, a network), one class per project
 * is far fewer numbers to estimate from its few choices than a factor vector, so it is found from less history;
 * where tastes are graded, the factors do better: the validation split chooses between them, and gives neither a
 * say when the choice model already explains the choices.
 *
 * <p>Fitted by variational EM with soft classes on both sides (the bodies' rates free, so a body's activity does not
 * count as taste), started from a spectral clustering of the choices the offsets do not explain.
 */
final class TasteBlocks {

    /** EM passes from the spectral start, and from an earlier fit's classes: both converged within ten on the data. */
    static final int ITERATIONS = 12;
    static final int MORE_ITERATIONS = 10;
    static final int KMEANS_ITERATIONS = 20;
    static final int SPECTRAL_ITERATIONS = 60;
    /** Extra directions the subspace iteration carries beyond the ones it keeps (they converge faster so). */
    static final int OVERSAMPLING = 5;
    /** Projects that get a class at most (the most chosen): bounds a fit's time and memory on large catalogues. */
    static final int MAX_FITTED = 3_000;
    /** Pseudo-counts that keep every block's effect finite (a block nobody chose from is not infinitely disliked). */
    static final double SMOOTHING = 0.5;

    private TasteBlocks() {
    }

    /**
     * One fit per number of classes in {@code classes}, all from one spectral start, on the engine's bodies with
     * choices, against the choice model's offsets ({@code beta} and the engine's appeals).
     */
    static List<LatentTastes> fit(Engine e, double[] beta, int[] classes, long seed) {
        return fit(e, beta, classes, seed, MAX_FITTED);
    }

    /** The same, with a class for at most {@code maxFitted} projects. */
    static List<LatentTastes> fit(Engine e, double[] beta, int[] classes, long seed, int maxFitted) {
        Problem p = new Problem(e, beta, maxFitted);
        List<LatentTastes> fits = new ArrayList<>();
        if (p.n == 0 || p.m == 0) {
            return fits;
        }
        Random random = new Random(seed);
        int most = Arrays.stream(classes).max().orElse(0);
        float[][] coordinates = p.residualSpectral(Math.min(most, p.n), random);
        for (int kk : classes) {
            if (kk < 2 || kk > p.n) {
                continue;
            }
            float[][] rows = new float[p.m][];
            for (int j = 0; j < p.m; j++) {
                rows[j] = coordinates[j] == null ? null : Arrays.copyOf(coordinates[j], kk);
            }
            int[] label = kMeans(rows, kk, random);
            double[][] s = new double[p.m][kk];
            for (int j = 0; j < p.m; j++) {
                if (label[j] < 0) {
                    Arrays.fill(s[j], 1.0 / kk);
                } else {
                    Arrays.fill(s[j], 0.2 / kk);
                    s[j][label[j]] += 0.8;
                }
            }
            fits.add(p.em(s, kk, ITERATIONS));
        }
        return fits;
    }

    /** A fit with {@code start}'s number of classes, its projects' classes as the start (fewer passes). */
    static LatentTastes refit(Engine e, double[] beta, LatentTastes start) {
        Problem p = new Problem(e, beta, MAX_FITTED);
        int kk = start.classes();
        if (p.n == 0 || p.m == 0) {
            // nobody chose anything this time: nothing to refit on
            return start;
        }
        double[][] s = new double[p.m][kk];
        for (int j = 0; j < p.m; j++) {
            float[] v = start.item(e.items[p.cols[j]].id());
            for (int l = 0; l < kk; l++) {
                s[j][l] = v != null && v.length == kk ? v[l] : 1.0 / kk;
            }
        }
        return p.em(s, kk, MORE_ITERATIONS);
    }

    /** The choices and offsets one fit works on. */
    private static final class Problem {
        final Engine e;
        final int n;
        final int m;
        /** the projects that get a class (engine indices) */
        final int[] cols;
        final int[] picks;
        /** per body, its chosen projects as column indices */
        final int[][] chosen;
        /** per body, the choice model's weights over the columns, normalised to sum 1 over every project */
        final float[][] base;

        Problem(Engine e, double[] beta, int maxFitted) {
            this.e = e;
            n = e.active.length;
            int ni = e.items.length;
            // projects nobody chose have no class to find; beyond maxFitted only the most chosen get one
            cols = LatentTastes.mostChosen(e, maxFitted, true);
            m = cols.length;
            chosen = LatentTastes.chosenAmong(e, cols);
            picks = Arrays.stream(chosen).mapToInt(c -> c.length).toArray();
            double[] eq = LatentTastes.appealWeights(e);
            ChoiceModel.Choices ch = new ChoiceModel(e).new Choices(e.active);
            base = new float[n][];
            IntStream.range(0, n).parallel().forEach(x -> {
                double[] w = new double[ni];
                double all = ch.weights(x, beta, eq, w);
                base[x] = new float[m];
                for (int j = 0; j < m; j++) {
                    base[x][j] = (float) (w[cols[j]] / all);
                }
            });
        }

        /** Variational EM with {@code kk} classes from the projects' soft classes {@code s} (changed in place). */
        LatentTastes em(double[][] s, int kk, int iterations) {
            double[][] r = new double[n][kk];
            double[][] eta = new double[kk][kk];
            // mass[x][l]: the body's offset weight on class l; counts[x][l]: its choices in class l
            double[][] mass = new double[n][kk];
            double[][] counts = new double[n][kk];
            for (int it = 0; it <= iterations; it++) {
                bodySums(s, mass, counts);
                if (it == 0) {
                    // a body's first class is the project class it picks most beyond its offsets
                    for (int x = 0; x < n; x++) {
                        double[] lr = new double[kk];
                        for (int l = 0; l < kk; l++) {
                            lr[l] = Math.log((counts[x][l] + SMOOTHING) / (picks[x] * mass[x][l] + SMOOTHING));
                        }
                        softmax(lr, r[x], 3);
                    }
                } else {
                    bodies(eta, mass, counts, r);
                }
                blocks(r, mass, counts, eta);
                if (it < iterations) {
                    projects(r, mass, eta, s);
                }
            }
            bodies(eta, mass, counts, r);
            return tastes(r, s, eta);
        }

        private void bodySums(double[][] s, double[][] mass, double[][] counts) {
            int kk = mass.length == 0 ? 0 : mass[0].length;
            IntStream.range(0, n).parallel().forEach(x -> {
                double[] mx = mass[x];
                double[] cx = counts[x];
                Arrays.fill(mx, 0);
                Arrays.fill(cx, 0);
                float[] bx = base[x];
                for (int j = 0; j < m; j++) {
                    double w = bx[j];
                    double[] sj = s[j];
                    for (int l = 0; l < kk; l++) {
                        mx[l] += w * sj[l];
                    }
                }
                for (int j : chosen[x]) {
                    for (int l = 0; l < kk; l++) {
                        cx[l] += s[j][l];
                    }
                }
            });
        }

        /** Each body's classes given the projects' and the blocks' effects. */
        private void bodies(double[][] eta, double[][] mass, double[][] counts, double[][] r) {
            int kk = eta.length;
            double[] prior = new double[kk];
            for (double[] rx : r) {
                for (int k = 0; k < kk; k++) {
                    prior[k] += rx[k];
                }
            }
            for (int x = 0; x < n; x++) {
                double[] ll = new double[kk];
                for (int k = 0; k < kk; k++) {
                    double zk = 0;
                    double v = Math.log((prior[k] + 1) / (n + kk));
                    for (int l = 0; l < kk; l++) {
                        zk += mass[x][l] * Math.exp(eta[k][l]);
                        v += counts[x][l] * eta[k][l];
                    }
                    ll[k] = v - picks[x] * Math.log(zk);
                }
                softmax(ll, r[x], 1);
            }
        }

        /** η: each block's choices over what the offsets expected of it (Poisson likelihood, the bodies' rates fitted). */
        private void blocks(double[][] r, double[][] mass, double[][] counts, double[][] eta) {
            int kk = eta.length;
            double[] rate = new double[n];
            for (int x = 0; x < n; x++) {
                double z = 0;
                for (int k = 0; k < kk; k++) {
                    double zk = 0;
                    for (int l = 0; l < kk; l++) {
                        zk += mass[x][l] * Math.exp(eta[k][l]);
                    }
                    z += r[x][k] * zk;
                }
                rate[x] = z == 0 ? 0 : picks[x] / z;
            }
            for (int k = 0; k < kk; k++) {
                for (int l = 0; l < kk; l++) {
                    double seen = SMOOTHING;
                    double expected = SMOOTHING;
                    for (int x = 0; x < n; x++) {
                        seen += r[x][k] * counts[x][l];
                        expected += r[x][k] * rate[x] * mass[x][l];
                    }
                    eta[k][l] = Math.log(seen / expected);
                }
            }
        }

        /** Each project's classes: how often each body class chose it against how often each would expect to. */
        private void projects(double[][] r, double[][] mass, double[][] eta, double[][] s) {
            int kk = eta.length;
            double[][] expEta = new double[kk][kk];
            for (int k = 0; k < kk; k++) {
                for (int l = 0; l < kk; l++) {
                    expEta[k][l] = Math.exp(eta[k][l]);
                }
            }
            // a[x][k]: body x's expected choices per unit of offset weight, were it of class k
            double[][] a = new double[n][kk];
            for (int x = 0; x < n; x++) {
                for (int k = 0; k < kk; k++) {
                    double zk = 0;
                    for (int l = 0; l < kk; l++) {
                        zk += mass[x][l] * expEta[k][l];
                    }
                    a[x][k] = zk == 0 ? 0 : r[x][k] * picks[x] / zk;
                }
            }
            double[][] seenBy = new double[m][kk];
            for (int x = 0; x < n; x++) {
                for (int j : chosen[x]) {
                    for (int k = 0; k < kk; k++) {
                        seenBy[j][k] += r[x][k];
                    }
                }
            }
            double[] prior = new double[kk];
            for (double[] sj : s) {
                for (int l = 0; l < kk; l++) {
                    prior[l] += sj[l];
                }
            }
            IntStream.range(0, m).parallel().forEach(j -> {
                double[] exposure = new double[kk];
                for (int x = 0; x < n; x++) {
                    double w = base[x][j];
                    for (int k = 0; k < kk; k++) {
                        exposure[k] += a[x][k] * w;
                    }
                }
                double[] ll = new double[kk];
                for (int l = 0; l < kk; l++) {
                    double v = Math.log((prior[l] + 1) / (m + kk));
                    for (int k = 0; k < kk; k++) {
                        v += seenBy[j][k] * eta[k][l] - exposure[k] * expEta[k][l];
                    }
                    ll[l] = v;
                }
                softmax(ll, s[j], 1);
            });
        }

        /**
         * The fit as latent tastes: a body's vector holds, per project class l, Σ_k P(body in k) e^η[k][l]; a
         * project's, P(project in l); their dot product is the expected multiplier, its log the effect on the logit.
         */
        private LatentTastes tastes(double[][] r, double[][] s, double[][] eta) {
            int kk = eta.length;
            Map<String, float[]> bodyVectors = new HashMap<>();
            for (int x = 0; x < n; x++) {
                if (picks[x] == 0) {
                    continue;
                }
                float[] u = new float[kk];
                for (int l = 0; l < kk; l++) {
                    double t = 0;
                    for (int k = 0; k < kk; k++) {
                        t += r[x][k] * Math.exp(eta[k][l]);
                    }
                    u[l] = (float) t;
                }
                bodyVectors.put(e.bodies[e.active[x]].id(), u);
            }
            Map<String, float[]> itemVectors = new HashMap<>();
            for (int j = 0; j < m; j++) {
                float[] v = new float[kk];
                for (int l = 0; l < kk; l++) {
                    v[l] = (float) s[j][l];
                }
                itemVectors.put(e.items[cols[j]].id(), v);
            }
            return LatentTastes.blocks(kk, bodyVectors, itemVectors);
        }

        /**
         * The projects' coordinates in what the offsets do not explain: the choices less their expectation under the
         * choice model (so the structure the profile accounts for, needs, nearness, size, does not take the leading
         * directions), scaled by the bodies' and projects' activity; the top singular vectors found from the bodies'
         * side, the small one, by subspace iteration, and each project projected on them.
         */
        float[][] residualSpectral(int kk, Random random) {
            int[] degree = new int[m];
            for (int[] c : chosen) {
                for (int j : c) {
                    degree[j]++;
                }
            }
            float[][] res = new float[n][m];
            IntStream.range(0, n).parallel().forEach(x -> {
                double rowScale = 1 / Math.sqrt(Math.max(1, picks[x]));
                for (int j = 0; j < m; j++) {
                    res[x][j] = (float) (-picks[x] * base[x][j] * rowScale / Math.sqrt(degree[j] + 1.0));
                }
                for (int j : chosen[x]) {
                    res[x][j] += (float) (rowScale / Math.sqrt(degree[j] + 1.0));
                }
            });
            double[][] g = new double[n][n];
            IntStream.range(0, n).parallel().forEach(p -> {
                float[] a = res[p];
                for (int q = 0; q <= p; q++) {
                    float[] b = res[q];
                    double t = 0;
                    for (int j = 0; j < m; j++) {
                        t += a[j] * b[j];
                    }
                    g[p][q] = t;
                }
            });
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    g[p][q] = g[q][p];
                }
            }
            int dim = Math.min(n, kk + OVERSAMPLING);
            double[][] basis = new double[dim][n];
            for (double[] col : basis) {
                for (int x = 0; x < n; x++) {
                    col[x] = random.nextGaussian();
                }
            }
            orthonormalise(basis);
            for (int it = 0; it < SPECTRAL_ITERATIONS; it++) {
                double[][] from = basis;
                double[][] next = new double[dim][n];
                IntStream.range(0, dim).parallel().forEach(k -> {
                    for (int p = 0; p < n; p++) {
                        double t = 0;
                        double[] gp = g[p];
                        for (int q = 0; q < n; q++) {
                            t += gp[q] * from[k][q];
                        }
                        next[k][p] = t;
                    }
                });
                orthonormalise(next);
                basis = next;
            }
            int kept = Math.min(kk, dim);
            double[][] top = basis;
            float[][] rows = new float[m][];
            IntStream.range(0, m).parallel().forEach(j -> {
                if (degree[j] > 0) {
                    rows[j] = new float[kept];
                    for (int k = 0; k < kept; k++) {
                        double t = 0;
                        for (int x = 0; x < n; x++) {
                            t += top[k][x] * res[x][j];
                        }
                        rows[j][k] = (float) t;
                    }
                }
            });
            return rows;
        }
    }

    /** Gram-Schmidt on the rows, in order. */
    private static void orthonormalise(double[][] rows) {
        for (int k = 0; k < rows.length; k++) {
            for (int q = 0; q < k; q++) {
                double d = 0;
                for (int x = 0; x < rows[k].length; x++) {
                    d += rows[k][x] * rows[q][x];
                }
                for (int x = 0; x < rows[k].length; x++) {
                    rows[k][x] -= d * rows[q][x];
                }
            }
            double norm = 0;
            for (double v : rows[k]) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int x = 0; x < rows[k].length && norm > 0; x++) {
                rows[k][x] /= norm;
            }
        }
    }

    private static void softmax(double[] ll, double[] out, double sharpness) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : ll) {
            max = Math.max(max, v);
        }
        double z = 0;
        for (int k = 0; k < ll.length; k++) {
            out[k] = Math.exp(sharpness * (ll[k] - max));
            z += out[k];
        }
        for (int k = 0; k < ll.length; k++) {
            out[k] /= z;
        }
    }

    /** k-means++ on the rows that exist, by direction (rows normalised); -1 for a missing row or too few rows. */
    static int[] kMeans(float[][] rows, int kk, Random random) {
        int m = rows.length;
        double[][] x = new double[m][];
        int dim = 0;
        for (int i = 0; i < m; i++) {
            if (rows[i] == null) {
                continue;
            }
            dim = rows[i].length;
            double norm = 0;
            for (float f : rows[i]) {
                norm += f * f;
            }
            norm = Math.sqrt(norm);
            x[i] = new double[dim];
            for (int f = 0; f < dim; f++) {
                x[i][f] = norm == 0 ? 0 : rows[i][f] / norm;
            }
        }
        int[] present = IntStream.range(0, m).filter(i -> x[i] != null).toArray();
        int[] label = new int[m];
        Arrays.fill(label, -1);
        if (present.length < kk) {
            return label;
        }
        double[][] centre = new double[kk][];
        centre[0] = x[present[random.nextInt(present.length)]].clone();
        double[] d2 = new double[m];
        for (int c = 1; c < kk; c++) {
            double total = 0;
            for (int i : present) {
                double best = Double.MAX_VALUE;
                for (int q = 0; q < c; q++) {
                    best = Math.min(best, dist2(x[i], centre[q]));
                }
                d2[i] = best;
                total += best;
            }
            double pick = random.nextDouble() * total;
            int row = present[present.length - 1];
            for (int i : present) {
                pick -= d2[i];
                if (pick <= 0) {
                    row = i;
                    break;
                }
            }
            centre[c] = x[row].clone();
        }
        for (int it = 0; it < KMEANS_ITERATIONS; it++) {
            for (int i : present) {
                double best = Double.MAX_VALUE;
                for (int q = 0; q < kk; q++) {
                    double d = dist2(x[i], centre[q]);
                    if (d < best) {
                        best = d;
                        label[i] = q;
                    }
                }
            }
            double[][] sum = new double[kk][dim];
            int[] size = new int[kk];
            for (int i : present) {
                size[label[i]]++;
                for (int f = 0; f < dim; f++) {
                    sum[label[i]][f] += x[i][f];
                }
            }
            for (int q = 0; q < kk; q++) {
                for (int f = 0; f < dim && size[q] > 0; f++) {
                    centre[q][f] = sum[q][f] / size[q];
                }
            }
        }
        return label;
    }

    private static double dist2(double[] a, double[] b) {
        double d = 0;
        for (int f = 0; f < a.length; f++) {
            double t = a[f] - b[f];
            d += t * t;
        }
        return d;
    }
}
