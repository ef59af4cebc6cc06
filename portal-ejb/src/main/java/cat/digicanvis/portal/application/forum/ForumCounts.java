package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.application.sheet.SheetChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Figures every forum list shows and that change only when the forum does: the categories' counts and the
 * number of topics of a shared list (latest, unanswered). Counting them took a scan of every topic on each
 * signed-in page (visitors get cached pages). Kept until the next change of the forum or of a sheet's
 * publication, as the page cache; a figure computed while a change commits is not kept.
 */
@ApplicationScoped
public class ForumCounts {

    private final Map<Object, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Object known = values.get(key);
        if (known != null) {
            return (T) known;
        }
        long before = generation.get();
        T fresh = compute.get();
        if (fresh != null) {
            values.put(key, fresh);
            // a change committed meanwhile: its clearing may have come before this put
            if (generation.get() != before) {
                values.remove(key, fresh);
            }
        }
        return fresh;
    }

    void onForumChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForumChanged change) {
        clear();
    }

    void onSheetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SheetChanged change) {
        clear();
    }

    void clear() {
        generation.incrementAndGet();
        values.clear();
    }
}
