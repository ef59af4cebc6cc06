package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Geo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static cat.digicanvis.recommender.hybrid.Engine.CROWD;
import static cat.digicanvis.recommender.hybrid.Engine.HISTORY;
import static cat.digicanvis.recommender.hybrid.Engine.NEAR;
import static cat.digicanvis.recommender.hybrid.Engine.NEED;
import static cat.digicanvis.recommender.hybrid.Engine.PARTS;
import static cat.digicanvis.recommender.hybrid.Engine.PEERS;
import static cat.digicanvis.recommender.hybrid.Engine.PHASE;
import static cat.digicanvis.recommender.hybrid.Engine.POPULAR;
import static cat.digicanvis.recommender.hybrid.Engine.SIZE;
import static cat.digicanvis.recommender.hybrid.Engine.WORKED_FOR_US;

/**
 * Why a project comes up for a body, and which bodies are worth calling: the engine's signals turned into at most
 * {@link #MAX_REASONS} reasons each, strongest first, weighed on the scale the blend ranked on.
 */
final class Explanations {

    static final int MAX_REASONS = 3;
    /** A size signal above this is worth saying: populations within a factor of about 2.7. */
    static final double SHOWN_SIZE = 0.3;
    /** A nearness signal above this is worth saying: within about 225 km. */
    static final double SHOWN_NEAR = 0.05;
    /** Peers nearer than this are said to be near (three times the nearness scale). */
    static final double PEER_NEAR_KM = 3 * Engine.NEAR_KM;
    /** A peer's score: likeness × (this + how well its best project answers the needs; a body with no needs gets it twice). */
    static final double PEER_BASE = 0.5;
    /** … plus this × log(1 + projects of theirs that answer a need): a body that did several counts a little more. */
    static final double PEER_MATCHING = 0.05;
    /** The weight of "same phase" among a peer's reasons. */
    static final double PEER_SAME_PHASE = 0.25;
    /** Projects of theirs shown with a peer. */
    static final int PEER_PROJECTS = 3;

    private final Engine e;

    Explanations(Engine engine) {
        this.e = engine;
    }

    List<Reason> reasons(Engine.Asker a, int i) {
        double[] p = new double[PARTS];
        int area = e.parts(a, i, p);
        double alpha = e.alpha(a);
        // on the scale the blend ranked on: the profile part shrinks by the collaborative share
        double onScale = a.collabShare > 0 ? (1 - a.collabShare) / a.baseSd : 1;
        double share = onScale * (1 - alpha) / e.blend.profileScale();
        double[] w = e.blend.weights();
        int o = e.owner[i];
        List<Reason> out = new ArrayList<>();
        if (a.collabShare > 0 && a.collabZ[i] > 0 && e.easeCol[i] >= 0) {
            Ease ease = e.collab.ease();
            int bestCol = -1;
            int bestTogether = 0;
            for (int h : a.historyCols) {
                int t = ease.together(h, e.easeCol[i]);
                if (t > bestTogether) {
                    bestTogether = t;
                    bestCol = h;
                }
            }
            if (bestCol >= 0) {
                out.add(new Reason(Reason.Kind.ALSO_INTERESTED, a.collabShare * a.collabZ[i], ease.itemId(bestCol), Double.NaN,
                        Double.NaN, bestTogether));
            }
        }
        if (p[NEED] > 0) {
            out.add(new Reason(Reason.Kind.NEED, share * w[NEED] * p[NEED], e.areaNames.get(area), Double.NaN, Double.NaN, 0));
        }
        if (p[SIZE] > SHOWN_SIZE) {
            out.add(new Reason(Reason.Kind.SIMILAR_POPULATION, share * w[SIZE] * p[SIZE], null,
                    Math.round(Math.exp(a.logPop)), Math.round(Math.exp(e.bodyLogPop[o])), 0));
        }
        if (p[NEAR] > SHOWN_NEAR) {
            double km = Geo.km(a.lat, a.lon, e.bodyLat[o], e.bodyLon[o]);
            out.add(new Reason(Reason.Kind.NEARBY, share * w[NEAR] * p[NEAR], null, Double.NaN, Math.round(km), 0));
        }
        if (p[PHASE] == 1) {
            out.add(new Reason(Reason.Kind.SAME_PHASE, share * w[PHASE], e.items[i].features().values("phase").iterator().next(),
                    Double.NaN, Double.NaN, 0));
        }
        if (p[HISTORY] > 0) {
            int top = -1;
            for (int ar : e.itemAreas[i]) {
                if (top < 0 || a.historyByArea[ar] > a.historyByArea[top]) {
                    top = ar;
                }
            }
            out.add(new Reason(Reason.Kind.YOUR_INTEREST, share * w[HISTORY] * p[HISTORY], e.areaNames.get(top), Double.NaN,
                    Double.NaN, 0));
        }
        int worked = a.workedCount[i];
        if (worked > 0) {
            out.add(new Reason(Reason.Kind.PEERS_RATED, share * w[PEERS] * p[PEERS], null, Double.NaN, WORKED_FOR_US, worked));
        }
        int crowd = a.crowdCount[i];
        if (crowd > 0) {
            out.add(new Reason(Reason.Kind.SIMILAR_BODIES, share * w[CROWD] * p[CROWD], null, Double.NaN, Double.NaN, crowd));
        }
        double tastes = share * e.tastes(a, i);
        if (tastes > 0) {
            out.add(Reason.of(Reason.Kind.SHARED_TASTES, tastes));
        }
        if (e.itemActors[i] > 0 && p[POPULAR] > 0) {
            out.add(new Reason(Reason.Kind.POPULAR, share * w[POPULAR] * p[POPULAR], null, Double.NaN, Double.NaN, e.itemActors[i]));
        }
        double learned = onScale * alpha * e.learned(a, i);
        if (learned > 0) {
            out.add(Reason.of(Reason.Kind.LEARNED, learned));
        }
        out.removeIf(r -> r.weight() <= 0);
        out.sort(Comparator.comparingDouble(Reason::weight).reversed().thenComparing(r -> r.kind().ordinal()));
        return out.size() > MAX_REASONS ? out.subList(0, MAX_REASONS) : out;
    }

    /** Bodies worth calling for the asker (see {@link Engine#peers}). */
    List<Peer> peers(Engine.Asker a, int k) {
        Body body = a.body;
        double[] p = new double[PARTS];
        List<Peer> out = new ArrayList<>();
        for (int b = 0; b < e.bodies.length; b++) {
            if (e.ownedItems[b].length == 0 || e.bodies[b].id().equals(body.id())) {
                continue;
            }
            double sim = e.similarity(a, b);
            double bestNeed = 0;
            int bestArea = -1;
            int matching = 0;
            List<int[]> projects = new ArrayList<>();
            for (int i : e.ownedItems[b]) {
                int area = e.parts(a, i, p);
                if (p[NEED] > 0) {
                    matching++;
                }
                if (p[NEED] > bestNeed) {
                    bestNeed = p[NEED];
                    bestArea = area;
                }
                projects.add(new int[] {i, (int) Math.round(p[NEED] * 1000 + p[POPULAR] * 10)});
            }
            double score = sim * (PEER_BASE + (a.needs.isEmpty() ? PEER_BASE : bestNeed)) + PEER_MATCHING * Math.log1p(matching);
            projects.sort(Comparator.<int[]>comparingInt(x -> -x[1]).thenComparing(x -> e.items[x[0]].id()));
            List<Reason> reasons = new ArrayList<>();
            if (!Double.isNaN(a.logPop) && !Double.isNaN(e.bodyLogPop[b]) && e.sizeKernel(a.logPop, e.bodyLogPop[b]) > SHOWN_SIZE) {
                reasons.add(new Reason(Reason.Kind.SIMILAR_POPULATION, e.sizeKernel(a.logPop, e.bodyLogPop[b]), null,
                        Math.round(Math.exp(a.logPop)), Math.round(Math.exp(e.bodyLogPop[b])), 0));
            }
            double km = Geo.km(a.lat, a.lon, e.bodyLat[b], e.bodyLon[b]);
            if (!Double.isNaN(km) && km < PEER_NEAR_KM) {
                reasons.add(new Reason(Reason.Kind.NEARBY, Math.exp(-km / Engine.NEAR_KM), null, Double.NaN, Math.round(km), 0));
            }
            if (bestArea >= 0) {
                reasons.add(new Reason(Reason.Kind.LED_PROJECTS, bestNeed, e.areaNames.get(bestArea), Double.NaN, Double.NaN,
                        matching));
            }
            if (a.phase >= 0 && a.phase == e.bodyPhase[b]) {
                reasons.add(new Reason(Reason.Kind.SAME_PHASE, PEER_SAME_PHASE, ProfileReader.phase(e.bodies[b].features()),
                        Double.NaN, Double.NaN, 0));
            }
            reasons.sort(Comparator.comparingDouble(Reason::weight).reversed().thenComparing(r -> r.kind().ordinal()));
            out.add(new Peer(e.bodies[b].id(), score, reasons.size() > MAX_REASONS ? reasons.subList(0, MAX_REASONS) : reasons,
                    projects.stream().limit(PEER_PROJECTS).map(x -> e.items[x[0]].id()).toList()));
        }
        out.sort(Comparator.comparingDouble(Peer::score).reversed().thenComparing(Peer::body));
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }
}
