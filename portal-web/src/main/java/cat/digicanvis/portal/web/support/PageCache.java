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
 * it, so nobody reads a stale catalogue; least recently used pages go first beyond {@link #MAX_PAGES} pages or
 * {@link #MAX_BYTES} bytes in all. Pages are kept deflated (HTML shrinks five to eight times; inflating one takes
 * a fraction of a millisecond, rendering it again tens), so that a catalogue of 10,000 sheets fits. Which requests
 * have a key at all is {@link PageKeys}'s decision.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_PAGES = 20_000;
    static final int MAX_PAGE_BYTES = 256 * 1024;
    /** All pages together, deflated (a typical page is 20–60 KB, 4–8 KB deflated). */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Searches' pages, at most, among them: anybody can make up a search, so searches push out searches only. */
    static final int MAX_SEARCHES = 200;

    /** A cached answer; {@code nonce} is the CSP nonce its scripts carry (null for none), renewed on every replay. */
    public record Page(String contentType, byte[] body, String nonce) {
    }

    /** A page as kept: its body deflated. */
    private record Packed(String contentType, byte[] deflated, int length, String nonce) {
        static Packed of(Page page) {
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            try {
                deflater.setInput(page.body());
                deflater.finish();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(page.body().length / 4 + 64);
                byte[] chunk = new byte[16 * 1024];
                while (!deflater.finished()) {
                    out.write(chunk, 0, deflater.deflate(chunk));
                }
                return new Packed(page.contentType(), out.toByteArray(), page.body().length, page.nonce());
            } finally {
                deflater.end();
            }
        }

        Page page() {
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            try {
                inflater.setInput(deflated);
                byte[] body = new byte[length];
                int read = 0;
                while (read < length) {
                    int n = inflater.inflate(body, read, length - read);
                    if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                        throw new IllegalStateException("a cached page is shorter than it was");
                    }
                    read += n;
                }
                return new Page(contentType, body, nonce);
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException(e);
            } finally {
                inflater.end();
            }
        }
    }

    private final Map<String, Packed> pages = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Packed> eldest) {
            if (size() > MAX_PAGES) {
                forgotten(eldest);
                return true;
            }
            return false;
        }
    };
    private long generation;
    private long bytes;
    private int searches;

    /** Accounts for a page leaving the cache. */
    private void forgotten(Map.Entry<String, Packed> e) {
        bytes -= e.getValue().deflated().length;
        if (PageKeys.isSearch(e.getKey())) {
            searches--;
        }
    }

    public Page get(String key) {
        Packed packed;
        synchronized (this) {
            packed = pages.get(key);
        }
        // inflated outside the lock: readers of other pages do not wait for it
        return packed == null ? null : packed.page();
    }

    /** The generation to pass back to {@link #put}: a page rendered before a change is not kept. */
    public synchronized long generation() {
        return generation;
    }

    public void put(String key, Page page, long renderedAt) {
        if (page.body().length > MAX_PAGE_BYTES) {
            return;
        }
        Packed packed = Packed.of(page);
        synchronized (this) {
            keep(key, packed, renderedAt);
        }
    }

    private void keep(String key, Packed page, long renderedAt) {
        if (renderedAt == generation) {
            Packed before = pages.remove(key);
            bytes += page.deflated().length - (before == null ? 0 : before.deflated().length);
            boolean search = PageKeys.isSearch(key);
            if (search && before == null) {
                searches++;
            }
            pages.put(key, page);
            // a search beyond its share pushes out the least recently used search, never another page
            if (search && searches > MAX_SEARCHES) {
                var all = pages.entrySet().iterator();
                while (all.hasNext()) {
                    var e = all.next();
                    if (PageKeys.isSearch(e.getKey())) {
                        forgotten(e);
                        all.remove();
                        break;
                    }
                }
            }
            // one put evicts one page at most; a big page may need more to go
            while (bytes > MAX_BYTES && !pages.isEmpty()) {
                var eldest = pages.entrySet().iterator();
                forgotten(eldest.next());
                eldest.remove();
            }
        }
    }

    /** The pages kept and their bytes, for tests and the administrators' figures. */
    public synchronized long[] size() {
        return new long[] {pages.size(), bytes};
    }

    /** How many of the pages kept are searches'. */
    synchronized int searches() {
        return searches;
    }

    public synchronized void clear() {
        pages.clear();
        bytes = 0;
        searches = 0;
        generation++;
    }

    /**
     * A forum change empties the forum's pages, the searches and the page of the sheet whose discussion it is; the rest of
     * the cache stays (pages being rendered meanwhile are not kept, whatever they are).
     */
    synchronized void onForumChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForumChanged change) {
        String sheetPage = change.sheetId() == null ? null : " /project/view.xhtml?id=" + change.sheetId();
        // searches too: they say how many forum topics match their words
        drop(k -> k.contains(" /forum/") || k.contains(" /stats.xhtml") || PageKeys.isSearch(k)
                || sheetPage != null && k.endsWith(sheetPage));
    }

    /** Requests and other interactions change the statistics' figures by month. */
    void onInteraction(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                       cat.digicanvis.portal.application.recommendation.RecommenderDataChanged change) {
        // and the body's recommendations pages: its profile, marks or requests changed
        String body = PageCacheFilter.RECOMMENDATIONS + "?body=" + change.bodyId() + "&";
        drop(k -> k.contains(" /stats.xhtml") || k.contains(body));
    }

    void onSheetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SheetChanged change) {
        clear();
    }

    /** A new recommender model changes the sheet pages' "projects like this"; the rest stays. */
    synchronized void onModelChanged(@Observes cat.digicanvis.portal.application.recommendation.RecommenderModelChanged change) {
        drop(k -> k.contains(" /project/view.xhtml") || k.contains(" " + PageCacheFilter.RECOMMENDATIONS));
    }

    private synchronized void drop(java.util.function.Predicate<String> which) {
        pages.entrySet().removeIf(e -> {
            if (which.test(e.getKey())) {
                forgotten(e);
                return true;
            }
            return false;
        });
        generation++;
    }
}
