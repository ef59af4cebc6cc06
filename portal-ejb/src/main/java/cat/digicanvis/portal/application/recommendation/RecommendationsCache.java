package cat.digicanvis.portal.application.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A body's recommendations as last computed, for every member who opens the page (both tabs come from one
 * answer). An entry holds while the engine, the catalogue and the body's own data are the ones it was computed
 * from: the engine is rebound within a minute of any change, a sheet's change moves the catalogue's version, and
 * a change to the body's profile, marks or requests drops its entry at once (after the commit). Ten minutes at
 * most in any case (a renamed peer body). Per node, like the engine it follows.
 */
@ApplicationScoped
public class RecommendationsCache {

    static final Duration AT_MOST = Duration.ofMinutes(10);
    /** More bodies than Catalonia has; past it the oldest half goes. */
    static final int MAX_BODIES = 5_000;

    private record Entry(Object engine, long catalogue, long at, RecommendationsView view) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** The body's recommendations if they were computed from this engine and catalogue version, else null. */
    RecommendationsView get(long bodyId, Object engine, long catalogueVersion) {
        Entry e = entries.get(bodyId);
        if (e == null || e.engine() != engine || e.catalogue() != catalogueVersion
                || System.nanoTime() - e.at() > AT_MOST.toNanos()) {
            return null;
        }
        return e.view();
    }

    void put(long bodyId, Object engine, long catalogueVersion, RecommendationsView view) {
        if (entries.size() >= MAX_BODIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> now - e.at() > AT_MOST.toNanos() / 2);
            if (entries.size() >= MAX_BODIES) {
                entries.clear();
            }
        }
        entries.put(bodyId, new Entry(engine, catalogueVersion, System.nanoTime(), view));
    }

    /** The body's profile, marks or requests changed: its next page is computed afresh. */
    void onDataChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecommenderDataChanged change) {
        entries.remove(change.bodyId());
    }

    /** A new model: everything afresh (the engine changes too, but not before the first request binds it). */
    void onModelChanged(@Observes RecommenderModelChanged change) {
        entries.clear();
    }
}
