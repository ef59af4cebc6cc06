package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.TopK;
import cat.digicanvis.recommender.data.Item;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * "Projects like this one", for every project: computed on a project's first request (a pass over the postings of
 * its features, well under a millisecond at 10,000 projects) and kept in memory while the engine is bound.
 * Two sources, blended by how much interest the project has drawn:
 * <ul>
 * <li><b>what bodies did together</b>: the collaborative model's neighbours (EASE's row of the project, shared by
 *     at least two bodies), scaled to the strongest;</li>
 * <li><b>what the sheets say</b>: shared areas, technologies and typology (Jaccard) and rare words of title and
 *     summary (TF-IDF cosine), so that a sheet nobody has touched yet has neighbours too.</li>
 * </ul>
 * The collaborative share is t / (t + {@link #HALF_TRUST}) for a project t bodies showed interest in.
 */
final class SimilarProjects {

    static final int KEEP = 10;
    /** Interest from this many bodies gives what they did together half the say. */
    static final double HALF_TRUST = 5;
    static final double AREA = 0.35;
    static final double TECHNOLOGY = 0.3;
    static final double TYPOLOGY = 0.1;
    static final double TEXT = 0.25;
    /** Words in more than this share of the sheets say nothing about any of them. */
    static final double COMMON_WORD = 0.3;
    static final int MIN_WORD = 4;

    private static final int AREAS = 0;
    private static final int TECHS = 1;
    private static final int TYPES = 2;

    private final Item[] items;
    private final Ease ease;
    private final int[] easeCol;
    private final List<String> names = new ArrayList<>();
    private final int[][][] features = new int[3][][];
    private final int[][] wordIds;
    private final float[][] wordWeights;
    private final int[][] postings;
    private final Map<String, Integer> byId = new HashMap<>();
    /** computed on first request, per project: a request costs a pass over the postings of its features */
    private final java.util.concurrent.ConcurrentHashMap<Integer, List<Similar>> lists = new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadLocal<Scratch> scratch;

    /** Per-thread accumulators, one slot per project, cleared after each use. */
    private static final class Scratch {
        final double[][] shared;
        final double[] text;
        final double[] collab;
        final int[] together;
        final boolean[] touched;
        final int[] touchedList;

        Scratch(int n) {
            shared = new double[3][n];
            text = new double[n];
            collab = new double[n];
            together = new int[n];
            touched = new boolean[n];
            touchedList = new int[n];
        }
    }

    @SuppressWarnings("unchecked")
    SimilarProjects(Item[] items, Ease ease, int[] easeCol) {
        this.items = items;
        this.ease = ease;
        this.easeCol = easeCol;
        int n = items.length;
        Map<String, Integer> vocab = new HashMap<>();
        for (int kind = 0; kind < 3; kind++) {
            features[kind] = new int[n][];
        }
        for (int i = 0; i < n; i++) {
            features[AREAS][i] = ids(vocab, names, "a:", new TreeSet<>(items[i].areas()));
            features[TECHS][i] = ids(vocab, names, "t:", new TreeSet<>(items[i].features().values("technologies")));
            features[TYPES][i] = ids(vocab, names, "y:", new TreeSet<>(items[i].features().values("typology")));
            byId.put(items[i].id(), i);
        }
        Map<String, Integer>[] words = new Map[n];
        Map<String, Integer> df = new HashMap<>();
        for (int i = 0; i < n; i++) {
            words[i] = words(items[i].text());
            words[i].keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        wordIds = new int[n][];
        wordWeights = new float[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> kept = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(words[i]).entrySet()) {
                int d = df.get(e.getKey());
                if (d < 2 || d > COMMON_WORD * n) {
                    continue;
                }
                double w = (1 + Math.log(e.getValue())) * Math.log((double) n / d);
                kept.add(id(vocab, names, "w:" + e.getKey()));
                weights.add(w);
                norm += w * w;
            }
            wordIds[i] = kept.stream().mapToInt(Integer::intValue).toArray();
            wordWeights[i] = new float[kept.size()];
            for (int q = 0; q < kept.size(); q++) {
                wordWeights[i][q] = (float) (weights.get(q) / Math.sqrt(norm));
            }
        }
        postings = postings(names.size(), features, wordIds);
        scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    }

    List<Similar> of(int item) {
        List<Similar> l = lists.get(item);
        if (l == null) {
            l = compute(item);
            lists.putIfAbsent(item, l);
        }
        return l;
    }

    private List<Similar> compute(int j) {
        Scratch sc = scratch.get();
        double[][] shared = sc.shared;
        double[] text = sc.text;
        double[] collab = sc.collab;
        int[] together = sc.together;
        boolean[] touched = sc.touched;
        int[] touchedList = sc.touchedList;
        int nt = 0;
        for (int kind = 0; kind < 3; kind++) {
            for (int f : features[kind][j]) {
                for (int i : postings[f]) {
                    shared[kind][i]++;
                    if (!touched[i]) {
                        touched[i] = true;
                        touchedList[nt++] = i;
                    }
                }
            }
        }
        for (int q = 0; q < wordIds[j].length; q++) {
            for (int i : postings[wordIds[j][q]]) {
                text[i] += wordWeights[j][q] * weight(wordWeights[i], wordIds[i], wordIds[j][q]);
                if (!touched[i]) {
                    touched[i] = true;
                    touchedList[nt++] = i;
                }
            }
        }
        int c = easeCol[j];
        double trust = 0;
        if (ease != null && c >= 0) {
            int t = ease.interested(c);
            trust = t / (t + HALF_TRUST);
            int[] nb = ease.neighbours(c);
            float[] w = ease.neighbourWeights(c);
            for (int q = 0; q < nb.length; q++) {
                Integer i = byId.get(ease.itemId(nb[q]));
                if (i == null) {
                    continue;
                }
                collab[i] = w[q] / w[0];
                together[i] = ease.together(c, nb[q]);
                if (!touched[i]) {
                    touched[i] = true;
                    touchedList[nt++] = i;
                }
            }
        }
        try {
            double[] score = new double[nt];
            int[] cand = Arrays.copyOf(touchedList, nt);
            for (int x = 0; x < nt; x++) {
                int i = cand[x];
                score[x] = i == j ? 0 : trust * collab[i] + (1 - trust) * content(features, shared, text, j, i);
            }
            int[] best = TopK.indices(score, KEEP, x -> cand[x] != j && score[x] > 0, x -> items[cand[x]].id());
            List<Similar> out = new ArrayList<>(best.length);
            for (int x : best) {
                int i = cand[x];
                out.add(new Similar(items[i].id(), score[x], reasons(items, names, features, shared, text, collab, together,
                        trust, j, i)));
            }
            return List.copyOf(out);
        } finally {
            for (int x = 0; x < nt; x++) {
                int i = touchedList[x];
                touched[i] = false;
                shared[AREAS][i] = 0;
                shared[TECHS][i] = 0;
                shared[TYPES][i] = 0;
                text[i] = 0;
                collab[i] = 0;
                together[i] = 0;
            }
        }
    }

    private static double content(int[][][] f, double[][] shared, double[] text, int j, int i) {
        return AREA * jaccard(shared[AREAS][i], f[AREAS][j].length, f[AREAS][i].length)
                + TECHNOLOGY * jaccard(shared[TECHS][i], f[TECHS][j].length, f[TECHS][i].length)
                + TYPOLOGY * jaccard(shared[TYPES][i], f[TYPES][j].length, f[TYPES][i].length)
                + TEXT * Math.min(1, text[i]);
    }

    private static double jaccard(double common, int a, int b) {
        double union = a + b - common;
        return union <= 0 ? 0 : common / union;
    }

    private static List<Reason> reasons(Item[] items, List<String> names, int[][][] f, double[][] shared, double[] text,
                                        double[] collab, int[] together, double trust, int j, int i) {
        List<Reason> out = new ArrayList<>();
        if (together[i] > 0) {
            out.add(new Reason(Reason.Kind.ALSO_INTERESTED, trust * collab[i], items[j].id(), Double.NaN, Double.NaN,
                    together[i]));
        }
        String area = common(names, f[AREAS][j], f[AREAS][i]);
        if (area != null) {
            out.add(new Reason(Reason.Kind.SAME_AREA, (1 - trust) * AREA * jaccard(shared[AREAS][i], f[AREAS][j].length,
                    f[AREAS][i].length), area, Double.NaN, Double.NaN, 0));
        }
        String tech = common(names, f[TECHS][j], f[TECHS][i]);
        if (tech != null) {
            out.add(new Reason(Reason.Kind.SAME_TECHNOLOGY, (1 - trust) * TECHNOLOGY * jaccard(shared[TECHS][i],
                    f[TECHS][j].length, f[TECHS][i].length), tech, Double.NaN, Double.NaN, 0));
        }
        if (text[i] > 0.1) {
            out.add(new Reason(Reason.Kind.SIMILAR_DESCRIPTION, (1 - trust) * TEXT * Math.min(1, text[i]), null, Double.NaN,
                    Double.NaN, 0));
        }
        out.removeIf(r -> r.weight() <= 0);
        out.sort(Comparator.comparingDouble(Reason::weight).reversed().thenComparing(r -> r.kind().ordinal()));
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    /** The first feature both have (ids ascending: the first in the vocabulary), without its prefix. */
    private static String common(List<String> names, int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return names.get(x).substring(2);
                }
            }
        }
        return null;
    }

    private static float weight(float[] weights, int[] ids, int id) {
        for (int q = 0; q < ids.length; q++) {
            if (ids[q] == id) {
                return weights[q];
            }
        }
        return 0;
    }

    private static int[][] postings(int features, int[][][] f, int[][] words) {
        List<List<Integer>> p = new ArrayList<>();
        for (int x = 0; x < features; x++) {
            p.add(new ArrayList<>());
        }
        for (int[][] kind : f) {
            for (int i = 0; i < kind.length; i++) {
                for (int x : kind[i]) {
                    p.get(x).add(i);
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            for (int x : words[i]) {
                p.get(x).add(i);
            }
        }
        return p.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static int[] ids(Map<String, Integer> vocab, List<String> names, String prefix, TreeSet<String> values) {
        return values.stream().mapToInt(v -> id(vocab, names, prefix + v)).sorted().toArray();
    }

    private static int id(Map<String, Integer> vocab, List<String> names, String name) {
        return vocab.computeIfAbsent(name, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    /** Words of at least {@link #MIN_WORD} letters, lower case and without accents, with their counts. */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= MIN_WORD) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }
}
