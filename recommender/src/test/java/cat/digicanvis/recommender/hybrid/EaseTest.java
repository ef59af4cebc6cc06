package cat.digicanvis.recommender.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EaseTest {

    /**
     * Two bodies, two projects: X = [[1, 1], [1, 0]], λ = 1. XᵀX + I = [[3, 1], [1, 2]], P = [[2, −1], [−1, 3]] / 5,
     * B_ij = −P_ij / P_jj: B_01 = 1/3, B_10 = 1/2.
     */
    @Test
    void aCaseWorkedByHand() {
        Ease ease = Ease.fit(Map.of("u", Set.of("a", "b"), "v", Set.of("a")), Set.of("a", "b"), 1);
        int a = ease.column("a");
        int b = ease.column("b");
        assertEquals(1.0 / 3, ease.scores(new int[] {a})[b], 1e-12);
        assertEquals(1.0 / 2, ease.scores(new int[] {b})[a], 1e-12);
        assertArrayEquals(new double[] {0, 1.0 / 3}, ease.implied(a), 1e-12);
        assertArrayEquals(new double[] {1.0 / 2, 0}, ease.implied(b), 1e-12);
        assertEquals(1, ease.together(a, b));
        assertEquals(2, ease.interested(a));
        assertEquals(-1, ease.column("unknown"));
    }

    /** The dual form gives the primal closed form's scores on a random matrix. */
    @Test
    void theDualFormIsThePrimalOne() {
        Random r = new Random(4);
        int bodies = 25;
        int items = 9;
        double lambda = 2.5;
        Map<String, Set<String>> positives = new HashMap<>();
        double[][] x = new double[bodies][items];
        for (int u = 0; u < bodies; u++) {
            Set<String> s = new TreeSet<>();
            for (int j = 0; j < items; j++) {
                if (r.nextDouble() < 0.35) {
                    s.add("i" + j);
                    x[u][j] = 1;
                }
            }
            positives.put("u" + u, s);
        }
        Set<String> ids = new TreeSet<>();
        for (int j = 0; j < items; j++) {
            ids.add("i" + j);
        }
        Ease ease = Ease.fit(positives, ids, lambda);
        // primal: P = (XᵀX + λI)⁻¹, B = I − P / diag(P)
        double[][] g = new double[items][items];
        for (int i = 0; i < items; i++) {
            for (int j = 0; j < items; j++) {
                for (double[] row : x) {
                    g[i][j] += row[i] * row[j];
                }
            }
            g[i][i] += lambda;
        }
        double[][] p = invert(g);
        double[][] bm = new double[items][items];
        for (int i = 0; i < items; i++) {
            for (int j = 0; j < items; j++) {
                bm[i][j] = i == j ? 0 : -p[i][j] / p[j][j];
            }
        }
        int[] history = {ease.column("i1"), ease.column("i4"), ease.column("i7")};
        double[] dual = ease.scores(history);
        for (int j = 0; j < items; j++) {
            double primal = bm[1][j] + bm[4][j] + bm[7][j];
            if (j != 1 && j != 4 && j != 7) {
                assertEquals(primal, dual[ease.column("i" + j)], 1e-9, "project " + j);
            }
        }
        double[] row = ease.implied(ease.column("i3"));
        for (int j = 0; j < items; j++) {
            assertEquals(bm[3][j], row[ease.column("i" + j)], 1e-9, "B row 3, column " + j);
        }
    }

    @Test
    void aLambdaThatIsNotPositiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ease.fit(Map.of("u", Set.of("a")), Set.of("a"), 0));
    }

    /** The triangular route to K⁻¹ against the product it must invert. */
    @Test
    void theInverseInvertsACholeskyFactor() {
        double[][] l = {{2, 0, 0}, {1, 3, 0}, {-1, 0.5, 1.5}};
        double[][] k = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int m = 0; m < 3; m++) {
                    k[i][j] += l[i][m] * l[j][m];
                }
            }
        }
        double[][] inv = Ease.inverse(l);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double v = 0;
                for (int m = 0; m < 3; m++) {
                    v += k[i][m] * inv[m][j];
                }
                assertEquals(i == j ? 1 : 0, v, 1e-12);
            }
        }
    }

    private static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            double d = m[c][c];
            for (int k = 0; k < 2 * n; k++) {
                m[c][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c];
                    for (int k = 0; k < 2 * n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, out[i], 0, n);
        }
        return out;
    }
}
