package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.TopK;
import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Geo;
import cat.digicanvis.recommender.data.Interaction;
import cat.digicanvis.recommender.data.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A trained (or profile-only) model bound to the current bodies, projects and interactions: answers
 * recommendation and peer requests. Everything that does not depend on the asking body is computed here,
 * once, so that a request over 10,000 projects is a few array passes. Immutable and thread-safe; bind a
 * new one when the data change.
 */
public final class Engine {

    static final int PARTS = 8;
    static final int NEED = 0;
    static final int SIZE = 1;
    static final int NEAR = 2;
    static final int PHASE = 3;
    static final int PEERS = 4;
    static final int POPULAR = 5;
    static final int HISTORY = 6;
    static final int CROWD = 7;

    /** How many similar bodies vote for projects: the closest peers, and a wider crowd of bodies like yours. */
    static final int NEIGHBOURS = 30;
    static final int CROWD_SIZE = 200;
    /** Distances are felt over about this many km: 75 km away counts 1/e of next door. */
    static final double NEAR_KM = 75;
    /** Sizes are felt on a log scale: a factor of about 2.2 in population counts 1/√e. */
    static final double SIZE_LOG_SD = 0.8;
    /** "Worked for us" and above. */
    static final double WORKED_FOR_US = 3;

    final DigiCanvisModel model;
    final Blend blend;

    final Body[] bodies;
    final Map<String, Integer> bodyIndex = new HashMap<>();
    final double[] bodyLogPop;
    final double[] bodyLat;
    final double[] bodyLon;
    final int[] bodyPhase;
    final Map<String, Double>[] bodyNeeds;
    final Set<String>[] bodyCats;

    final Item[] items;
    final Map<String, Integer> itemIndex = new HashMap<>();
    final int[] owner;
    final boolean[] km0;
    final int[][] itemAreas;
    final int[] itemPhase;
    final int[] itemActors;
    final double[] popular;
    final Map<String, Integer> areaIndex = new HashMap<>();
    final List<String> areaNames = new ArrayList<>();

    /** Each active body's best grade per item. */
    /** Bodies with interactions, and each one's items (ascending) with its grade for them (see {@link #strongest}). */
    final int[] active;
    final int[][] gradedItems;
    final double[][] gradedValues;
    final int[][] ownedItems;

    final double[] fmItemConst;
    final double[][] fmItemVec;

    /** The collaborative model, if trained, and each project's column in it (-1: it did not exist then). */
    final Collaborative collab;
    final int[] easeCol;

    /** The latent tastes, if trained and kept, and each project's factors (null: it did not exist then). */
    final LatentTastes latent;
    final float[][] latentItem;

    @SuppressWarnings("unchecked")
    Engine(DigiCanvisModel model, Dataset data) {
        this.model = model;
        this.blend = model.blend();
        bodies = data.bodies().values().stream().sorted(Comparator.comparing(Body::id)).toArray(Body[]::new);
        int nb = bodies.length;
        bodyLogPop = new double[nb];
        bodyLat = new double[nb];
        bodyLon = new double[nb];
        bodyPhase = new int[nb];
        bodyNeeds = new Map[nb];
        bodyCats = new Set[nb];
        for (int b = 0; b < nb; b++) {
            bodyIndex.put(bodies[b].id(), b);
            bodyLogPop[b] = ProfileReader.logPopulation(bodies[b].features());
            bodyLat[b] = ProfileReader.lat(bodies[b].features());
            bodyLon[b] = ProfileReader.lon(bodies[b].features());
            bodyPhase[b] = ProfileReader.phaseRank(bodies[b].features());
            bodyNeeds[b] = normalised(ProfileReader.needs(bodies[b].features()));
            bodyCats[b] = categories(bodies[b]);
        }
        items = data.items().values().stream().sorted(Comparator.comparing(Item::id)).toArray(Item[]::new);
        int ni = items.length;
        owner = new int[ni];
        km0 = new boolean[ni];
        itemAreas = new int[ni][];
        itemPhase = new int[ni];
        itemActors = new int[ni];
        popular = new double[ni];
        List<List<Integer>> owned = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            owned.add(new ArrayList<>());
        }
        for (int i = 0; i < ni; i++) {
            Item it = items[i];
            itemIndex.put(it.id(), i);
            Integer o = it.owner() == null ? null : bodyIndex.get(it.owner());
            owner[i] = o == null ? -1 : o;
            km0[i] = o == null ? ProfileReader.km0(it.features()) : ProfileReader.km0(bodies[o].features());
            if (o != null) {
                owned.get(o).add(i);
            }
            itemAreas[i] = it.areas().stream().sorted().mapToInt(this::area).toArray();
            itemPhase[i] = ProfileReader.phaseRank(it.features());
        }
        ownedItems = owned.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        Map<Integer, Map<Integer, Double>> graded = new HashMap<>();
        for (Interaction x : data.interactions()) {
            Integer b = bodyIndex.get(x.body());
            Integer i = itemIndex.get(x.item());
            graded.computeIfAbsent(b, k -> new HashMap<>()).merge(i, x.grade(), Engine::strongest);
        }
        graded.forEach((b, g) -> g.forEach((i, grade) -> {
            if (grade > 0) {
                itemActors[i]++;
            }
        }));
        active = graded.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        gradedItems = new int[nb][];
        gradedValues = new double[nb][];
        for (int b : active) {
            Map<Integer, Double> g = new TreeMap<>(graded.get(b));
            gradedItems[b] = g.keySet().stream().mapToInt(Integer::intValue).toArray();
            gradedValues[b] = g.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        // popularity on a log scale, by the number of bodies that took an interest (the sum of their grades
        // did no better on the evaluation)
        double maxActors = Arrays.stream(itemActors).max().orElse(0);
        for (int i = 0; i < ni; i++) {
            popular[i] = maxActors == 0 ? 0 : Math.log1p(itemActors[i]) / Math.log1p(maxActors);
        }
        if (blend.choice() != null && maxActors > 0) {
            double[] q = new ChoiceModel(this).appeal(blend.choice().weights(), ChoiceModel.APPEAL_ITERATIONS);
            // linear in the appeal on a fixed scale, so that a weight tuned on one binding means the same on the next
            for (int i = 0; i < ni; i++) {
                popular[i] = Math.max(0, Math.min(1, 0.5 + q[i] / ChoiceModel.APPEAL_SPAN));
            }
        }
        FmScorer fm = model.fm();
        if (fm != null) {
            fmItemConst = new double[ni];
            fmItemVec = new double[ni][fm.dimensions];
            FeatureEncoder encoder = model.encoder();
            for (int i = 0; i < ni; i++) {
                Body ob = owner[i] < 0 ? null : bodies[owner[i]];
                fmItemConst[i] = fm.side(encoder.item(items[i], ob), fmItemVec[i]);
            }
        } else {
            fmItemConst = null;
            fmItemVec = null;
        }
        collab = model.collaborative();
        easeCol = new int[ni];
        for (int i = 0; i < ni; i++) {
            easeCol[i] = collab == null ? -1 : collab.ease().column(items[i].id());
        }
        latent = model.latent() == null || model.latent().weight() == 0 ? null : model.latent();
        latentItem = new float[ni][];
        for (int i = 0; i < ni && latent != null; i++) {
            latentItem[i] = latent.item(items[i].id());
        }
        similar = new SimilarProjects(items, collab == null ? null : collab.ease(), easeCol);
        explanations = new Explanations(this);
    }

    private final Explanations explanations;

    private final SimilarProjects similar;

    /**
     * Computes "projects like this" for every project now, so that requests are served from memory (about 0.2 s per
     * 1,000 projects); without it, each project's list is computed on its first request.
     */
    public void prepareSimilar() {
        for (int i = 0; i < items.length; i++) {
            similar.of(i);
        }
    }

    /**
     * Projects like this one (at most {@code k}, at most {@link SimilarProjects#KEEP}), with their reasons;
     * empty for a project the engine does not know.
     */
    public List<Similar> similar(String itemId, int k) {
        Integer i = itemIndex.get(itemId);
        if (i == null || k < 1) {
            return List.of();
        }
        List<Similar> all = similar.of(i);
        return all.size() > k ? all.subList(0, k) : all;
    }

    /** A body's grade for an item over several interactions: "not relevant" (negative) wins, else the highest. */
    static double strongest(double a, double b) {
        if (a < 0 || b < 0) {
            return Math.min(a, b);
        }
        return Math.max(a, b);
    }

    private int area(String name) {
        return areaIndex.computeIfAbsent(name, n -> {
            areaNames.add(n);
            return areaNames.size() - 1;
        });
    }

    private static Map<String, Double> normalised(Map<String, Double> needs) {
        double max = needs.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> out = new TreeMap<>();
        needs.forEach((a, w) -> out.put(a, w / max));
        return out;
    }

    /** Needs by area index (areas no project has are left out: they match nothing). */
    double[] byArea(Map<String, Double> needs) {
        double[] out = new double[areaNames.size()];
        needs.forEach((a, w) -> {
            Integer ai = areaIndex.get(a);
            if (ai != null) {
                out[ai] = w;
            }
        });
        return out;
    }

    private static Set<String> categories(Body b) {
        Set<String> out = new HashSet<>();
        b.features().categorical().forEach((k, vs) -> {
            if (!k.equals("needs") && !k.equals("phase") && !k.equals("name")) {
                vs.forEach(v -> out.add(k + "=" + v));
            }
        });
        return out;
    }

    /** The asking body's profile, as the request sees it (it may differ from the training data). */
    final class Asker {
        final Body body;
        final Integer index;
        final double logPop;
        final double lat;
        final double lon;
        final int phase;
        final double[] needByArea;
        /** the areas of the body's own positive interactions, weighted by grade, max 1 */
        final double[] historyByArea;
        final Map<String, Double> needs;
        final Set<String> cats;
        final boolean warm;
        final double[] fmUser;
        final double fmBody;
        /** similar bodies' votes and how many of them graded the item "worked for us" or above */
        final double[] votes = new double[items.length];
        final int[] workedCount = new int[items.length];
        double maxVote;
        /** the wider crowd's votes, and how many of the crowd showed interest */
        final double[] crowdVotes = new double[items.length];
        final int[] crowdCount = new int[items.length];
        double maxCrowdVote;
        /** size and nearness signals per body (as a project's lead), computed once per request */
        final double[] sizeTo;
        final double[] nearTo;
        /** the body's positive interactions now, and those of them the collaborative model knows (columns) */
        final int history;
        final int[] historyCols;
        /** the collaborative scores of every project for this body, standardised, and their share (0: none) */
        final double[] collabZ;
        final double collabShare;
        /** the body's latent tastes (null: none known) */
        final float[] tastes;
        /** the spread of the profile part over the projects, once {@link #scores} has put both parts on one scale */
        double baseSd = 1;

        Asker(Body body) {
            this.body = body;
            index = bodyIndex.get(body.id());
            logPop = ProfileReader.logPopulation(body.features());
            lat = ProfileReader.lat(body.features());
            lon = ProfileReader.lon(body.features());
            phase = ProfileReader.phaseRank(body.features());
            needs = normalised(ProfileReader.needs(body.features()));
            needByArea = byArea(needs);
            cats = categories(body);
            sizeTo = new double[bodies.length];
            nearTo = new double[bodies.length];
            for (int b = 0; b < bodies.length; b++) {
                sizeTo[b] = Double.isNaN(logPop) || Double.isNaN(bodyLogPop[b]) ? 0 : sizeKernel(logPop, bodyLogPop[b]);
                double km = Geo.km(lat, lon, bodyLat[b], bodyLon[b]);
                nearTo[b] = Double.isNaN(km) ? 0 : Math.exp(-km / NEAR_KM);
            }
            historyByArea = new double[areaNames.size()];
            if (index != null && gradedItems[index] != null) {
                for (int q = 0; q < gradedItems[index].length; q++) {
                    if (gradedValues[index][q] > 0) {
                        for (int ar : itemAreas[gradedItems[index][q]]) {
                            historyByArea[ar] += gradedValues[index][q];
                        }
                    }
                }
                double max = Arrays.stream(historyByArea).max().orElse(0);
                for (int ar = 0; ar < historyByArea.length && max > 0; ar++) {
                    historyByArea[ar] /= max;
                }
            }
            int positives = 0;
            List<Integer> cols = new ArrayList<>();
            if (index != null && gradedItems[index] != null) {
                for (int q = 0; q < gradedItems[index].length; q++) {
                    if (gradedValues[index][q] > 0) {
                        positives++;
                        int c = easeCol[gradedItems[index][q]];
                        if (c >= 0) {
                            cols.add(c);
                        }
                    }
                }
            }
            history = positives;
            historyCols = cols.stream().mapToInt(Integer::intValue).sorted().toArray();
            collabShare = collab == null || historyCols.length == 0 ? 0 : collab.share(history);
            collabZ = collabShare == 0 ? null : collaborative(historyCols);
            tastes = latent == null ? null : latent.body(body.id());
            FmScorer fm = model.fm();
            if (fm != null) {
                warm = fm.knows("b.id=" + body.id());
                fmUser = new double[fm.dimensions];
                fmBody = fm.bias() + fm.side(model.encoder().body(body, true), fmUser);
            } else {
                warm = false;
                fmUser = null;
                fmBody = 0;
            }
            vote();
        }

        private void vote() {
            double[][] all = new double[active.length][];
            int n = 0;
            for (int b : active) {
                if (index == null || b != index) {
                    all[n++] = new double[] {b, similarity(this, b)};
                }
            }
            all = Arrays.copyOf(all, n);
            Arrays.sort(all, Comparator.<double[]>comparingDouble(x -> -x[1]).thenComparingDouble(x -> x[0]));
            for (int r = 0; r < Math.min(CROWD_SIZE, all.length); r++) {
                int b = (int) all[r][0];
                double sim = all[r][1];
                boolean close = r < NEIGHBOURS;
                int[] its = gradedItems[b];
                double[] gs = gradedValues[b];
                for (int q = 0; q < its.length; q++) {
                    int i = its[q];
                    double g = gs[q];
                    if (g > 0) {
                        crowdVotes[i] += sim * g;
                        crowdCount[i]++;
                        if (close) {
                            votes[i] += sim * g;
                        }
                    }
                    if (close && g >= WORKED_FOR_US) {
                        workedCount[i]++;
                    }
                }
            }
            for (int i = 0; i < items.length; i++) {
                maxVote = Math.max(maxVote, votes[i]);
                maxCrowdVote = Math.max(maxCrowdVote, crowdVotes[i]);
            }
        }
    }

    Asker asker(Body body) {
        return new Asker(body);
    }

    /** The collaborative model's scores of every project for a history, standardised over the projects. */
    double[] collaborative(int[] historyCols) {
        double[] e = collab.ease().scores(historyCols);
        double[] z = new double[items.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = easeCol[i] < 0 ? 0 : e[easeCol[i]];
        }
        return standardised(z);
    }

    /** Mean and standard deviation over the array. */
    private static double[] moments(double[] x) {
        double sum = 0;
        double sum2 = 0;
        for (double v : x) {
            sum += v;
            sum2 += v * v;
        }
        double mean = sum / Math.max(1, x.length);
        return new double[] {mean, Math.sqrt(Math.max(0, sum2 / Math.max(1, x.length) - mean * mean))};
    }

    /** The standard deviation over the array (1 when there is no spread). */
    static double spread(double[] x) {
        double sd = moments(x)[1];
        return sd < 1e-12 ? 1 : sd;
    }

    /** (x − mean) / sd over the array, in place (an array with no spread becomes zeros). */
    static double[] standardised(double[] x) {
        double[] m = moments(x);
        for (int i = 0; i < x.length; i++) {
            x[i] = m[1] < 1e-12 ? 0 : (x[i] - m[0]) / m[1];
        }
        return x;
    }

    /** Similarity of two bodies in [0, 1]: the mean of the signals both have. */
    double similarity(Asker a, int b) {
        double sum = 0;
        int n = 0;
        if (!Double.isNaN(a.logPop) && !Double.isNaN(bodyLogPop[b])) {
            sum += a.sizeTo[b];
            n++;
        }
        if (!Double.isNaN(a.lat) && !Double.isNaN(bodyLat[b])) {
            sum += a.nearTo[b];
            n++;
        }
        if (!a.needs.isEmpty() && !bodyNeeds[b].isEmpty()) {
            sum += cosine(a.needs, bodyNeeds[b]);
            n++;
        }
        if (a.phase >= 0 && bodyPhase[b] >= 0) {
            sum += 1 - Math.abs(a.phase - bodyPhase[b]) / 2.0;
            n++;
        }
        if (!a.cats.isEmpty() || !bodyCats[b].isEmpty()) {
            long common = a.cats.stream().filter(bodyCats[b]::contains).count();
            sum += common / (double) (a.cats.size() + bodyCats[b].size() - common);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    static double sizeKernel(double a, double b) {
        double d = (a - b) / SIZE_LOG_SD;
        return Math.exp(-d * d / 2);
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
            na += e.getValue() * e.getValue();
        }
        for (double v : b.values()) {
            nb += v * v;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The eight profile signals of item i for the asker, into {@code out}; returns the best-matching area or -1. */
    int parts(Asker a, int i, double[] out) {
        int bestArea = -1;
        double need = 0;
        for (int ar : itemAreas[i]) {
            if (ar < a.needByArea.length && a.needByArea[ar] > need) {
                need = a.needByArea[ar];
                bestArea = ar;
            }
        }
        out[NEED] = need;
        int o = owner[i];
        out[SIZE] = o < 0 ? 0 : a.sizeTo[o];
        out[NEAR] = o < 0 ? 0 : a.nearTo[o];
        out[PHASE] = a.phase < 0 || itemPhase[i] < 0 ? 0 : 1 - Math.abs(a.phase - itemPhase[i]) / 2.0;
        out[PEERS] = a.maxVote == 0 ? 0 : a.votes[i] / a.maxVote;
        out[POPULAR] = popular[i];
        out[CROWD] = a.maxCrowdVote == 0 ? 0 : a.crowdVotes[i] / a.maxCrowdVote;
        double history = 0;
        for (int ar : itemAreas[i]) {
            history = Math.max(history, a.historyByArea[ar]);
        }
        out[HISTORY] = history;
        return bestArea;
    }

    /** The latent tastes' addition to the profile part's logit for item i (0 when the body or project has none). */
    double tastes(Asker a, int i) {
        return a.tastes == null || latentItem[i] == null ? 0 : latent.weight() * latent.effect(a.tastes, latentItem[i]);
    }

    /** The learned part for item i, centred and scaled (0 without a learned model). */
    double learned(Asker a, int i) {
        if (fmItemConst == null) {
            return 0;
        }
        double dot = 0;
        double[] q = fmItemVec[i];
        for (int f = 0; f < q.length; f++) {
            dot += a.fmUser[f] * q[f];
        }
        return (a.fmBody + fmItemConst[i] + dot - blend.fmMean()) / blend.fmScale();
    }

    /** The raw factorization-machine prediction, as Tribuo would give it. */
    double prediction(Asker a, int i) {
        return learned(a, i) * blend.fmScale() + blend.fmMean();
    }

    double alpha(Asker a) {
        return fmItemConst == null ? 0 : a.warm ? blend.alphaWarm() : blend.alphaCold();
    }

    /** All items' scores for the asker (same order as {@link #itemIds()}). */
    double[] scores(Asker a) {
        double alpha = alpha(a);
        double[] w = blend.weights();
        double profileShare = (1 - alpha) / blend.profileScale();
        double[] p = new double[PARTS];
        double[] s = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            parts(a, i, p);
            double profile = tastes(a, i);
            for (int c = 0; c < PARTS; c++) {
                profile += w[c] * p[c];
            }
            s[i] = profileShare * profile + (alpha == 0 ? 0 : alpha * learned(a, i));
        }
        if (a.collabShare > 0) {
            // both parts on one per-body scale, so that the share means the same for every body
            a.baseSd = spread(s);
            standardised(s);
            for (int i = 0; i < s.length; i++) {
                s[i] = (1 - a.collabShare) * s[i] + a.collabShare * a.collabZ[i];
            }
        }
        return s;
    }

    /**
     * The best {@code k} projects for the body, leaving out {@code exclude} and the body's own projects;
     * {@code km0} true or false keeps only Km0 or only foreign projects, null keeps both.
     */
    public List<Recommendation> recommend(Body body, Set<String> exclude, int k, Boolean onlyKm0) {
        if (k < 1) {
            return List.of();
        }
        Asker a = asker(body);
        return top(a, scores(a), exclude, k, onlyKm0);
    }

    /** What the portal's page shows, computed once for the body: Km0 and foreign projects, and peers. */
    public record Answer(List<Recommendation> km0, List<Recommendation> foreign, List<Peer> peers) {
    }

    public Answer answer(Body body, Set<String> exclude, int k, int peers) {
        Asker a = asker(body);
        double[] s = scores(a);
        return new Answer(top(a, s, exclude, k, true), top(a, s, exclude, k, false), explanations.peers(a, peers));
    }

    private List<Recommendation> top(Asker a, double[] s, Set<String> exclude, int k, Boolean onlyKm0) {
        int[] best = TopK.indices(s, k, i -> !((onlyKm0 != null && km0[i] != onlyKm0) || (a.index != null && owner[i] == a.index)
                || (!exclude.isEmpty() && exclude.contains(items[i].id()))), i -> items[i].id());
        List<Recommendation> out = new ArrayList<>(best.length);
        for (int i : best) {
            out.add(new Recommendation(items[i].id(), s[i], km0[i], reasons(a, i)));
        }
        return out;
    }

    /** The reasons of one item for one body, strongest first (at most three). */
    public List<Reason> explain(Body body, String itemId) {
        Integer i = itemIndex.get(itemId);
        if (i == null) {
            throw new IllegalArgumentException("unknown item '" + itemId + "'");
        }
        return reasons(asker(body), i);
    }

    List<Reason> reasons(Asker a, int i) {
        return explanations.reasons(a, i);
    }

    /**
     * Bodies worth calling: a profile like the asker's, and projects of their own that match the asker's
     * needs. Only bodies that lead at least one project are proposed (someone has to have done something).
     */
    public List<Peer> peers(Body body, int k) {
        return explanations.peers(asker(body), k);
    }

    public List<String> itemIds() {
        return Arrays.stream(items).map(Item::id).toList();
    }

    int itemIndex(String id) {
        Integer i = itemIndex.get(id);
        return i == null ? -1 : i;
    }

    Body body(String id) {
        Integer b = bodyIndex.get(id);
        return b == null ? null : bodies[b];
    }

    int size() {
        return items.length;
    }

    /** How many projects the engine knows. */
    public int projects() {
        return items.length;
    }

    public DigiCanvisModel model() {
        return model;
    }
}
