package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.TopK;
import cat.digicanvis.recommender.data.Interaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tribuo.math.la.DenseMatrix;

/**
 * What bodies are interested in together: EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse
 * Data", WWW 2019), a linear item-to-item model B with a zero diagonal that minimises ‖X − XB‖² + λ‖B‖²
 * over the binary body × project matrix X. Its closed form needs P = (XᵀX + λI)⁻¹, a projects × projects
 * inverse (10,000–100,000 projects: too big). Here it is worked in the dual form through the bodies' Gram
 * matrix: by Woodbury, P = (I − Xᵀ K⁻¹ X) / λ with K = XXᵀ + λI, which has one row per body (about 1,100),
 * so training is one Cholesky factorisation of an n × n matrix (Tribuo's) and a pass over X, and a body's
 * scores are x − (xP) / diag(P), computed from K⁻¹ and X without ever forming P or B. Immutable.
 */
public final class Ease {

    private final double lambda;
    private final String[] itemIds;
    private final Map<String, Integer> column = new java.util.HashMap<>();
    /** per training body (row), its projects' columns, ascending */
    private final int[][] rows;
    /** per project (column), the rows of the bodies interested in it, ascending */
    private final int[][] cols;
    /** K⁻¹ = (XXᵀ + λI)⁻¹, row-major */
    private final double[][] kInv;
    /** diag(P) */
    private final double[] diag;
    /** per column, its bodies as a bitset: "how many bodies share both" is then a few popcounts, not a merge */
    private final long[][] colBits;

    private Ease(double lambda, String[] itemIds, int[][] rows) {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda must be positive");
        }
        this.lambda = lambda;
        this.itemIds = itemIds;
        this.rows = rows;
        for (int j = 0; j < itemIds.length; j++) {
            column.put(itemIds[j], j);
        }
        int n = rows.length;
        int[] degree = new int[itemIds.length];
        for (int[] r : rows) {
            for (int j : r) {
                degree[j]++;
            }
        }
        cols = new int[itemIds.length][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = new int[degree[j]];
        }
        int[] fill = new int[itemIds.length];
        for (int u = 0; u < n; u++) {
            for (int j : rows[u]) {
                cols[j][fill[j]++] = u;
            }
        }
        int words = (n + 63) / 64;
        colBits = new long[itemIds.length][];
        for (int j = 0; j < cols.length; j++) {
            long[] bits = new long[cols[j].length == 0 ? 0 : words];
            for (int u : cols[j]) {
                bits[u >>> 6] |= 1L << (u & 63);
            }
            colBits[j] = bits;
        }
        // K = XXᵀ + λI: K[u][v] is the number of projects u and v share, gathered column by column
        double[][] gram = new double[n][n];
        for (int[] c : cols) {
            for (int a = 0; a < c.length; a++) {
                double[] ga = gram[c[a]];
                for (int b = 0; b < c.length; b++) {
                    ga[c[b]] += 1;
                }
            }
        }
        for (int u = 0; u < n; u++) {
            gram[u][u] += lambda;
        }
        kInv = n == 0 ? new double[0][0] : inverse(DenseMatrix.createDenseMatrix(gram).choleskyFactorization()
                .orElseThrow(() -> new IllegalStateException("XXᵀ + λI is not positive definite")).lMatrix().toArray());
        // diag(P)_j = (1 − x_jᵀ K⁻¹ x_j) / λ over the column x_j
        diag = new double[itemIds.length];
        for (int j = 0; j < cols.length; j++) {
            double q = 0;
            for (int u : cols[j]) {
                double[] ku = kInv[u];
                for (int v : cols[j]) {
                    q += ku[v];
                }
            }
            diag[j] = (1 - q) / lambda;
        }
    }

    /**
     * K⁻¹ = L⁻ᵀ L⁻¹ from the Cholesky factor L (Tribuo's), row by row so that every inner loop runs along a row:
     * Tribuo's own solve against the identity took a minute at 1,900 bodies, this takes seconds.
     */
    static double[][] inverse(double[][] l) {
        int n = l.length;
        double[][] li = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] r = new double[i + 1];
            double[] li_i = l[i];
            for (int k = 0; k < i; k++) {
                double f = li_i[k];
                if (f != 0) {
                    double[] rk = li[k];
                    for (int c = 0; c <= k; c++) {
                        r[c] -= f * rk[c];
                    }
                }
            }
            r[i] += 1;
            double d = li_i[i];
            for (int c = 0; c <= i; c++) {
                r[c] /= d;
            }
            li[i] = r;
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] r = li[i];
            for (int a = 0; a <= i; a++) {
                double ra = r[a];
                if (ra != 0) {
                    double[] oa = out[a];
                    for (int b = 0; b <= a; b++) {
                        oa[b] += ra * r[b];
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < a; b++) {
                out[b][a] = out[a][b];
            }
        }
        return out;
    }

    /**
     * Fits the model to each body's positive projects; {@code items} are every project it should know (those
     * nobody touched get no collaborative score).
     */
    public static Ease fit(Map<String, ? extends Set<String>> positives, Set<String> items, double lambda) {
        String[] ids = new TreeSet<>(items).toArray(String[]::new);
        Map<String, Integer> col = new java.util.HashMap<>();
        for (int j = 0; j < ids.length; j++) {
            col.put(ids[j], j);
        }
        List<int[]> rows = new ArrayList<>();
        new TreeMap<>(positives).forEach((body, its) -> {
            int[] r = its.stream().map(col::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sorted()
                    .distinct().toArray();
            if (r.length > 0) {
                rows.add(r);
            }
        });
        return new Ease(lambda, ids, rows.toArray(int[][]::new));
    }

    /** Each body's projects with a positive grade: what the model is fitted on. */
    public static Map<String, Set<String>> positives(List<Interaction> interactions) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Interaction x : interactions) {
            if (x.grade() > 0) {
                out.computeIfAbsent(x.body(), b -> new TreeSet<>()).add(x.item());
            }
        }
        return out;
    }

    public double lambda() {
        return lambda;
    }

    public int bodies() {
        return rows.length;
    }

    public int items() {
        return itemIds.length;
    }

    /** The column of a project, or -1 when the model never saw it. */
    public int column(String itemId) {
        Integer j = column.get(itemId);
        return j == null ? -1 : j;
    }

    public String itemId(int column) {
        return itemIds[column];
    }

    /** How many bodies showed interest in the project at training. */
    public int interested(int column) {
        return cols[column].length;
    }

    /**
     * The scores (xB) of every column for a body interested in {@code history} (columns), which need not be a
     * body of the training data. The history's own columns get meaningless scores: leave them out.
     */
    public double[] scores(int[] history) {
        int n = rows.length;
        double[] x = new double[itemIds.length];
        for (int j : history) {
            x[j] = 1;
        }
        // g = X xᵀ: how many of the history's projects each training body shares
        double[] g = new double[n];
        for (int j : history) {
            for (int u : cols[j]) {
                g[u] += 1;
            }
        }
        // h = K⁻¹ g, as a sum of K⁻¹'s rows (K⁻¹ is symmetric): contiguous, branch-free inner loops that the JIT
        // vectorises, where a dot product per row would not be
        double[] h = new double[n];
        for (int v = 0; v < n; v++) {
            double gv = g[v];
            if (gv != 0) {
                double[] kv = kInv[v];
                for (int u = 0; u < n; u++) {
                    h[u] += gv * kv[u];
                }
            }
        }
        // xP = (x − Xᵀh) / λ; score = x − xP / diag(P)
        double[] t = new double[itemIds.length];
        for (int u = 0; u < n; u++) {
            double hu = h[u];
            for (int j : rows[u]) {
                t[j] += hu;
            }
        }
        double[] s = new double[itemIds.length];
        for (int j = 0; j < s.length; j++) {
            s[j] = x[j] - (x[j] - t[j]) / lambda / diag[j];
        }
        return s;
    }

    /**
     * Row j of B: how much interest in project j raises each other project's score (B_ji = w_i / (λ P_ii) with
     * w = Xᵀ K⁻¹ x_j); the project's own column is 0.
     */
    public double[] implied(int j) {
        int n = rows.length;
        double[] v = new double[n];
        for (int w : cols[j]) {
            double[] kw = kInv[w];
            for (int u = 0; u < n; u++) {
                v[u] += kw[u];
            }
        }
        double[] out = new double[itemIds.length];
        for (int u = 0; u < n; u++) {
            double vu = v[u];
            for (int i : rows[u]) {
                out[i] += vu;
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = i == j || cols[i].length == 0 ? 0 : out[i] / (lambda * diag[i]);
        }
        return out;
    }

    private final java.util.concurrent.ConcurrentHashMap<Integer, Neighbours> neighbours = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many neighbours {@link #neighbours} keeps per project. */
    static final int NEIGHBOURS = 30;
    /** A neighbour must have been shared by at least this many bodies: one body's two interests are no pattern. */
    static final int MIN_TOGETHER = 2;

    private record Neighbours(int[] cols, float[] weights) {
    }

    /**
     * A column's strongest neighbours by B (what interest in it implies), shared by at least {@link #MIN_TOGETHER}
     * bodies, strongest first; computed on first use (one pass over K⁻¹'s rows for its bodies and over X) and kept.
     */
    public int[] neighbours(int column) {
        return neighbourList(column).cols();
    }

    /** The B weights of {@link #neighbours}, in the same order. */
    public float[] neighbourWeights(int column) {
        return neighbourList(column).weights();
    }

    private Neighbours neighbourList(int j) {
        Neighbours n = neighbours.get(j);
        if (n != null) {
            return n;
        }
        if (cols[j].length < MIN_TOGETHER) {
            n = new Neighbours(new int[0], new float[0]);
        } else {
            double[] b = implied(j);
            int[] top = TopK.indices(b, NEIGHBOURS, i -> b[i] > 0 && together(j, i) >= MIN_TOGETHER, i -> itemIds[i]);
            float[] w = new float[top.length];
            for (int q = 0; q < top.length; q++) {
                w[q] = (float) b[top[q]];
            }
            n = new Neighbours(top, w);
        }
        neighbours.putIfAbsent(j, n);
        return n;
    }

    /** How many training bodies showed interest in both projects. */
    public int together(int a, int b) {
        long[] x = colBits[a];
        long[] y = colBits[b];
        int n = 0;
        for (int w = 0; w < Math.min(x.length, y.length); w++) {
            n += Long.bitCount(x[w] & y[w]);
        }
        return n;
    }

    /** What the model is made of, to save it: the projects and each body's columns (K⁻¹ is rebuilt on load). */
    String[] itemIds() {
        return itemIds;
    }

    int[][] rows() {
        return rows;
    }

    static Ease restore(double lambda, String[] itemIds, int[][] rows) {
        return new Ease(lambda, itemIds, rows);
    }

    /** An estimate of the memory the model holds, in bytes. */
    public long bytes() {
        long n = rows.length;
        long nnz = Arrays.stream(rows).mapToLong(r -> r.length).sum();
        long bits = Arrays.stream(colBits).mapToLong(b -> b.length * 8L + 16).sum();
        return n * n * 8 + 2 * nnz * 4 + bits + itemIds.length * (8L + 64);
    }
}
