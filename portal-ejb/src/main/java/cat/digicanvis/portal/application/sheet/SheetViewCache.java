package cat.digicanvis.portal.application.sheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Published sheets as readers see them, kept after the first read: a sheet page otherwise costs a dozen
 * queries and a Markdown rendering per request. Any committed change empties it (a sheet's page also lists
 * its body's other sheets), and it never holds more than {@link #MAX} sheets. A view loaded while a change was
 * being committed is served once but not kept: without that guard, a read that began before an unpublishing
 * could put the published sheet back after the cache was emptied.
 */
@ApplicationScoped
public class SheetViewCache {

    static final int MAX = 5_000;

    private final Map<Long, SheetView> views = new ConcurrentHashMap<>();
    /** Moves on with every change: a view loaded under an older generation is not kept. */
    private long generation;

    SheetView get(long id, LongFunction<SheetView> load) {
        SheetView cached = views.get(id);
        if (cached != null) {
            return cached;
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        SheetView view = load.apply(id);
        synchronized (this) {
            if (generation == before) {
                if (views.size() >= MAX) {
                    views.clear();
                }
                views.put(id, view);
            }
        }
        return view;
    }

    void onSheetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SheetChanged change) {
        synchronized (this) {
            generation++;
            views.clear();
        }
    }
}
