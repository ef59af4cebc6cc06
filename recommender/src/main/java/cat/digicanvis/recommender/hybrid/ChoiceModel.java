package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.data.Geo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The choice model: a conditional logit in which a body picks a project with probability ∝ exp(β · (need, size,
 * nearness, phase) + appeal of the project). Fits β by maximum likelihood and each project's appeal (how much more it
 * is chosen than its exposure explains) by iterative proportional fitting, on an engine's data.
 */
final class ChoiceModel {

    private final Engine e;

    ChoiceModel(Engine engine) {
        this.e = engine;
    }

    /**
     * The choice signals of a set of e.bodies with interactions, by project class (areas and phase: the need and
     * phase signals depend on nothing else) and by lead body (size and nearness), and what they chose.
     */
    final class Choices {
        final int[] bodyOf;
        final int[] itemClass = new int[e.items.length];
        final double[][] needBy;
        final double[][] fitBy;
        final double[][] sizeBy;
        final double[][] nearBy;
        final double[] picks;
        final double[] counts = new double[e.items.length];
        /** per body, the sum of the four signals over its chosen projects */
        final double[][] chosen;

        Choices(int[] bodyOf) {
            this.bodyOf = bodyOf;
            Map<String, Integer> classOf = new HashMap<>();
            List<int[]> classAreas = new ArrayList<>();
            List<Integer> classPhase = new ArrayList<>();
            for (int i = 0; i < e.items.length; i++) {
                final int ii = i;
                itemClass[i] = classOf.computeIfAbsent(Arrays.toString(e.itemAreas[i]) + "/" + e.itemPhase[i], k -> {
                    classAreas.add(e.itemAreas[ii]);
                    classPhase.add(e.itemPhase[ii]);
                    return classAreas.size() - 1;
                });
            }
            int n = bodyOf.length;
            int nc = classAreas.size();
            needBy = new double[n][nc];
            fitBy = new double[n][nc];
            sizeBy = new double[n][e.bodies.length];
            nearBy = new double[n][e.bodies.length];
            picks = new double[n];
            chosen = new double[n][4];
            for (int x = 0; x < n; x++) {
                int b = bodyOf[x];
                double[] need = e.byArea(e.bodyNeeds[b]);
                for (int c = 0; c < nc; c++) {
                    for (int ar : classAreas.get(c)) {
                        needBy[x][c] = Math.max(needBy[x][c], need[ar]);
                    }
                    int ph = classPhase.get(c);
                    fitBy[x][c] = e.bodyPhase[b] < 0 || ph < 0 ? 0 : 1 - Math.abs(e.bodyPhase[b] - ph) / 2.0;
                }
                for (int o = 0; o < e.bodies.length; o++) {
                    sizeBy[x][o] = Double.isNaN(e.bodyLogPop[b]) || Double.isNaN(e.bodyLogPop[o]) ? 0
                            : e.sizeKernel(e.bodyLogPop[b], e.bodyLogPop[o]);
                    double km = Geo.km(e.bodyLat[b], e.bodyLon[b], e.bodyLat[o], e.bodyLon[o]);
                    nearBy[x][o] = Double.isNaN(km) ? 0 : Math.exp(-km / Engine.NEAR_KM);
                }
                double[] f = new double[4];
                for (int k = 0; k < e.gradedItems[b].length; k++) {
                    if (e.gradedValues[b][k] > 0) {
                        int i = e.gradedItems[b][k];
                        picks[x]++;
                        counts[i]++;
                        signals(x, i, f);
                        for (int j = 0; j < 4; j++) {
                            chosen[x][j] += f[j];
                        }
                    }
                }
            }
        }

        /** The four signals of project i for body x, into {@code out} (reused: this runs for every cell). */
        void signals(int x, int i, double[] out) {
            int o = e.owner[i];
            int c = itemClass[i];
            out[0] = needBy[x][c];
            out[1] = o < 0 ? 0 : sizeBy[x][o];
            out[2] = o < 0 ? 0 : nearBy[x][o];
            out[3] = fitBy[x][c];
        }

        /**
         * One pass over every body and project under {@code beta} and appeals {@code q}: the expected number of
         * choices of each project into {@code expected}; with {@code moments}, also the gradient (4) and the
         * negated Hessian (4 x 4) of the log-likelihood in beta.
         */
        void pass(double[] beta, double[] q, double[] expected, double[] gradient, double[][] hessian) {
            Arrays.fill(expected, 0);
            double[] eq = new double[e.items.length];
            for (int i = 0; i < eq.length; i++) {
                eq[i] = Math.exp(q[i]);
            }
            double[] u = new double[e.items.length];
            double[] f = new double[4];
            for (int x = 0; x < bodyOf.length; x++) {
                double z = weights(x, beta, eq, u);
                if (z == 0) {
                    continue;
                }
                double scale = picks[x] / z;
                double[] m = new double[4];
                double[][] s2 = new double[4][4];
                for (int i = 0; i < u.length; i++) {
                    double w = u[i] / z;
                    expected[i] += scale * u[i];
                    if (gradient != null && w > 0) {
                        signals(x, i, f);
                        for (int j = 0; j < 4; j++) {
                            m[j] += w * f[j];
                            for (int l = 0; l <= j; l++) {
                                s2[j][l] += w * f[j] * f[l];
                            }
                        }
                    }
                }
                if (gradient != null) {
                    for (int j = 0; j < 4; j++) {
                        gradient[j] += chosen[x][j] - picks[x] * m[j];
                        for (int l = 0; l <= j; l++) {
                            double h = picks[x] * (s2[j][l] - m[j] * m[l]);
                            hessian[j][l] += h;
                            if (l != j) {
                                hessian[l][j] += h;
                            }
                        }
                    }
                }
            }
        }

        /**
         * The choice weight exp(beta · signals + appeal) of every project for body x into {@code out} (0 for its own
         * projects), from {@code eq}, the exponentiated appeals; returns their sum.
         */
        double weights(int x, double[] beta, double[] eq, double[] out) {
            int b = bodyOf[x];
            double[] byOwner = new double[e.bodies.length];
            for (int o = 0; o < e.bodies.length; o++) {
                byOwner[o] = o == b ? 0 : Math.exp(beta[1] * sizeBy[x][o] + beta[2] * nearBy[x][o]);
            }
            double[] byClass = new double[needBy[x].length];
            for (int c = 0; c < byClass.length; c++) {
                byClass[c] = Math.exp(beta[0] * needBy[x][c] + beta[3] * fitBy[x][c]);
            }
            double z = 0;
            for (int i = 0; i < out.length; i++) {
                out[i] = (e.owner[i] < 0 ? 1 : byOwner[e.owner[i]]) * byClass[itemClass[i]] * eq[i];
                z += out[i];
            }
            return z;
        }

        /** Appeals by iterative proportional fitting: each project's expected choices meet its actual ones. */
        void fitAppeal(double[] beta, double[] q, double[] expected) {
            pass(beta, q, expected, null, null);
            update(q, expected);
        }

        void update(double[] q, double[] expected) {
            double mean = 0;
            for (int i = 0; i < q.length; i++) {
                // one pseudo-choice each side keeps projects nobody chose finite
                q[i] += Math.log((counts[i] + 1) / (expected[i] + 1));
                mean += q[i] / q.length;
            }
            for (int i = 0; i < q.length; i++) {
                q[i] -= mean;
            }
        }
    }

    static final int APPEAL_ITERATIONS = 10;
    /** Appeals (centred log-odds) from -5 to +5 map onto the popularity signal's [0, 1]. */
    static final double APPEAL_SPAN = 10;
    static final int CHOICE_ITERATIONS = 25;

    /**
     * Each project's appeal once exposure is accounted for, under the choice model P(body picks project) ∝
     * exp(beta · signals + appeal): a project led by a big town near many councils is seen by more of them, so
     * its raw count overstates how good it is; its appeal does not.
     */
    double[] appeal(double[] beta, int iterations) {
        Choices ch = new Choices(e.active);
        double[] q = new double[e.items.length];
        double[] expected = new double[e.items.length];
        for (int it = 0; it < iterations; it++) {
            ch.fitAppeal(beta, q, expected);
        }
        return q;
    }

    /**
     * The choice model's weights of need, size, nearness and phase, by maximum likelihood (a conditional logit
     * with one appeal per project, as in discrete-choice models): Newton steps on the weights alternate with
     * proportional fitting of the appeals, on at most {@code maxBodies} e.bodies with interactions.
     */
    Blend.Choice fitChoice(int maxBodies, java.util.Random random) {
        int[] sample = e.active.clone();
        for (int i = sample.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = sample[i];
            sample[i] = sample[j];
            sample[j] = t;
        }
        sample = Arrays.copyOf(sample, Math.min(maxBodies, sample.length));
        Arrays.sort(sample);
        Choices ch = new Choices(sample);
        double[] beta = {1, 1, 1, 1};
        double[] q = new double[e.items.length];
        double[] expected = new double[e.items.length];
        for (int it = 0; it < CHOICE_ITERATIONS; it++) {
            double[] g = new double[4];
            double[][] h = new double[4][4];
            ch.pass(beta, q, expected, g, h);
            ch.update(q, expected);
            double total = Arrays.stream(ch.picks).sum();
            for (int j = 0; j < 4; j++) {
                h[j][j] += 1e-3 * total;
            }
            double[] step = solve(h, g);
            double norm = Math.sqrt(Arrays.stream(step).map(v -> v * v).sum());
            for (int j = 0; j < 4; j++) {
                beta[j] += norm > 2 ? step[j] * 2 / norm : step[j];
            }
        }
        return new Blend.Choice(beta[0], beta[1], beta[2], beta[3]);
    }

    /** Solves a small symmetric positive definite system by Gaussian elimination. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[c][c]) < 1e-12) {
                return new double[n];
            }
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = m[r][n];
            for (int k = r + 1; k < n; k++) {
                v -= m[r][k] * x[k];
            }
            x[r] = v / m[r][r];
        }
        return x;
    }
}
