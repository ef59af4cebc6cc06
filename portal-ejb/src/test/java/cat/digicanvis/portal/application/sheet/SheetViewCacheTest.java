package cat.digicanvis.portal.application.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SheetViewCacheTest {

    static SheetView view(long id, String title) {
        return new SheetView(id, 0, null, null, title, "", null, null, null, null, List.of(), List.of(), "", "", null,
                null, null, "", "", "", "", List.of(), null, null, Set.of(), Set.of(), List.of(), List.of(), null, null,
                null, SheetView.Outcomes.NONE);
    }

    @Test
    void aViewIsKeptAfterItsFirstRead() {
        SheetViewCache cache = new SheetViewCache();
        AtomicInteger loads = new AtomicInteger();
        SheetView first = cache.get(1, id -> {
            loads.incrementAndGet();
            return view(id, "published");
        });
        assertSame(first, cache.get(1, id -> {
            loads.incrementAndGet();
            return view(id, "again");
        }));
        assertEquals(1, loads.get());
    }

    /**
     * A read that began before a change committed (an unpublishing, say) must not put its view back after the
     * change emptied the cache: the next read loads again.
     */
    @Test
    void aViewLoadedDuringAChangeIsNotKept() {
        SheetViewCache cache = new SheetViewCache();
        AtomicInteger loads = new AtomicInteger();
        cache.get(7, id -> {
            loads.incrementAndGet();
            // the change commits while this read is still loading the old state
            cache.onSheetChanged(new SheetChanged(7));
            return view(id, "before the change");
        });
        SheetView after = cache.get(7, id -> {
            loads.incrementAndGet();
            return view(id, "after the change");
        });
        assertEquals(2, loads.get(), "the view loaded during the change was not kept");
        assertEquals("after the change", after.title());
        assertSame(after, cache.get(7, id -> view(id, "never")), "the one loaded after it was");
    }
}
