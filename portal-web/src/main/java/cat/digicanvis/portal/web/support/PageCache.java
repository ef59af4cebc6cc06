package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.forum.ForumChanged;
import cat.digicanvis.portal.application.sheet.SheetChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered reading pages (home, catalogue views, sheets, bodies, the forum) for visitors without a session, so that
 * a popular view is rendered once rather than on every request. Every committed change to a sheet empties
 * it, so nobody reads a stale catalogue; least recently used pages go first beyond {@link #MAX_PAGES}.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_PAGES = 1_000;
    static final int MAX_PAGE_BYTES = 256 * 1024;

    /** A cached answer; {@code nonce} is the CSP nonce its scripts carry (null for none), renewed on every replay. */
    public record Page(String contentType, byte[] body, String nonce) {
    }

    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private long generation;

    public synchronized Page get(String key) {
        return pages.get(key);
    }

    /** The generation to pass back to {@link #put}: a page rendered before a change is not kept. */
    public synchronized long generation() {
        return generation;
    }

    public synchronized void put(String key, Page page, long renderedAt) {
        if (renderedAt == generation && page.body().length <= MAX_PAGE_BYTES) {
            pages.put(key, page);
        }
    }

    public synchronized void clear() {
        pages.clear();
        generation++;
    }

    /**
     * A forum change empties the forum's pages and the page of the sheet whose discussion it is; the rest of
     * the cache stays (pages being rendered meanwhile are not kept, whatever they are).
     */
    synchronized void onForumChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForumChanged change) {
        String sheetPage = change.sheetId() == null ? null : " /project/view.xhtml?id=" + change.sheetId();
        pages.keySet().removeIf(k -> k.contains(" /forum/") || sheetPage != null && k.endsWith(sheetPage));
        generation++;
    }

    void onSheetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SheetChanged change) {
        clear();
    }

    /** A new recommender model changes the sheet pages' "projects like this"; the rest stays. */
    synchronized void onModelChanged(@Observes cat.digicanvis.portal.application.recommendation.RecommenderModelChanged change) {
        pages.keySet().removeIf(k -> k.contains(" /project/view.xhtml"));
        generation++;
    }
}
