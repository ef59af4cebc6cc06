package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Made-up addresses must not fill the page cache; one page must have one key. */
class PageKeysTest {

    static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> p = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            p.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
        return p;
    }

    static Optional<String> key(String path, String... pairs) {
        return PageKeys.key("ca", path, params(pairs));
    }

    @Test
    void theMapIsKeptPerFiltersViewAndShadeAndRefusesUnknownWords() {
        assertEquals(Optional.of("ca /project/map.xhtml?area=participation&view=world&shade=comarca"),
                key("/project/map.xhtml", "view", "world", "area", "participation"));
        assertEquals(key("/project/map.xhtml", "shade", "comarca"), key("/project/map.xhtml"));
        assertEquals(Optional.empty(), key("/project/map.xhtml", "view", "moon"));
        assertEquals(Optional.empty(), key("/project/map.xhtml", "x", "1"));
        assertEquals(Optional.of("ca /stats.xhtml?"), key("/stats.xhtml"));
        assertEquals(Optional.empty(), key("/stats.xhtml", "x", "1"));
    }

    @Test
    void aPageHasOneKeyWhateverTheOrderAndSpellingOfItsParameters() {
        assertEquals(Optional.of("ca /project/view.xhtml?id=7"), key("/project/view.xhtml", "id", "007"));
        assertEquals(key("/forum/category.xhtml", "id", "3", "sort", "latest", "page", "2"),
                key("/forum/category.xhtml", "page", "2", "id", "3", "sort", "latest"));
        assertEquals(Optional.of("ca /?"), key("/"));
        assertEquals(key("/project/list.xhtml", "area", "social-services", "phase", "pilot"),
                key("/project/list.xhtml", "phase", "pilot", "area", "social-services"));
        assertEquals(key("/project/list.xhtml"), key("/project/list.xhtml", "page", "1"));
    }

    @Test
    void madeUpParametersValuesOrSearchesAreNotKept() {
        assertTrue(key("/", "x", "1").isEmpty(), "a parameter the page does not read");
        assertTrue(key("/project/view.xhtml", "id", "7", "x", "1").isEmpty());
        assertTrue(key("/project/view.xhtml", "id", "7", "id", "8").isEmpty(), "a repeated parameter");
        assertTrue(key("/project/view.xhtml", "id", "-1").isEmpty());
        assertTrue(key("/project/view.xhtml", "id", "9".repeat(40)).isEmpty());
        assertTrue(key("/forum/index.xhtml", "sort", "<script>").isEmpty());
        assertTrue(key("/project/list.xhtml", "area", "no-such-area").isEmpty(), "a value the page refuses");
        assertTrue(key("/project/list.xhtml", "q", "un text molt llarg que ningú més no escriurà igual mai").isEmpty(),
                "more than six words");
        assertTrue(key("/project/list.xhtml", "q", "x".repeat(61)).isEmpty(), "more than 60 characters");
        assertEquals(key("/project/list.xhtml", "q", "padró"), key("/project/list.xhtml", "q", " padró "),
                "one key however the words are padded");
        assertTrue(key("/project/list.xhtml", "utm_source", "x").isEmpty());
    }

    @Test
    void theCacheIsBoundedInBytesAndDropsTheLeastRecentlyUsedFirst() {
        PageCache cache = new PageCache();
        // bytes that do not deflate: each page takes its whole size (and a little more)
        byte[] page = new byte[PageCache.MAX_PAGE_BYTES];
        new java.util.Random(7).nextBytes(page);
        long fits = PageCache.MAX_BYTES / page.length - 1;
        for (int i = 0; i < fits + 10; i++) {
            cache.put("ca /project/view.xhtml?id=" + i, new PageCache.Page("text/html", page, null), cache.generation());
            if (i == fits - 1) {
                cache.get("ca /project/view.xhtml?id=0");
            }
        }
        long[] size = cache.size();
        assertTrue(size[1] <= PageCache.MAX_BYTES, size[1] + " bytes");
        assertEquals(fits, size[0]);
        assertTrue(cache.get("ca /project/view.xhtml?id=0") != null, "used recently, so kept");
        assertTrue(cache.get("ca /project/view.xhtml?id=1") == null, "the least recently used went first");
        cache.clear();
        assertEquals(0, cache.size()[1]);
    }

    @Test
    void pagesAreKeptDeflatedAndComeBackAsTheyWere() {
        PageCache cache = new PageCache();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ca\"><body>");
        for (int i = 0; html.length() < 40_000; i++) {
            html.append("<article class=\"card\"><h3><a href=\"/project/view.xhtml?id=").append(i)
                    .append("\">Padró en línia ").append(i).append("</a></h3><p>Ajuntament de Bellpuig, Urgell</p></article>");
        }
        byte[] page = html.append("</body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        cache.put("ca /project/list.xhtml", new PageCache.Page("text/html;charset=UTF-8", page, "bm9uY2U="), cache.generation());
        assertTrue(cache.size()[1] < page.length / 5, cache.size()[1] + " bytes kept for " + page.length);
        PageCache.Page back = cache.get("ca /project/list.xhtml");
        assertArrayEquals(page, back.body());
        assertEquals("text/html;charset=UTF-8", back.contentType());
        assertEquals("bm9uY2U=", back.nonce());
        // a page too big for the cache is not kept at all
        cache.put("ca /project/map.xhtml", new PageCache.Page("text/html", new byte[PageCache.MAX_PAGE_BYTES + 1], null),
                cache.generation());
        assertNull(cache.get("ca /project/map.xhtml"));
    }

    @Test
    void aShortSearchIsKeptInAShareOfItsOwn() {
        Optional<String> search = key("/project/list.xhtml", "q", "padró en línia", "area", "participation");
        assertTrue(search.isPresent());
        assertTrue(PageKeys.isSearch(search.get()), search.get());
        assertTrue(!PageKeys.isSearch(key("/project/list.xhtml", "area", "participation").orElseThrow()));
        PageCache cache = new PageCache();
        byte[] page = new byte[1024];
        cache.put("ca /project/view.xhtml?id=1", new PageCache.Page("text/html", page, null), cache.generation());
        for (int i = 0; i < PageCache.MAX_SEARCHES + 50; i++) {
            cache.put("ca /project/list.xhtml?q=paraula" + i, new PageCache.Page("text/html", page, null), cache.generation());
        }
        assertEquals(PageCache.MAX_SEARCHES, cache.searches());
        assertEquals(PageCache.MAX_SEARCHES + 1, cache.size()[0], "the other page stays");
        assertTrue(cache.get("ca /project/view.xhtml?id=1") != null);
        assertTrue(cache.get("ca /project/list.xhtml?q=paraula0") == null, "the oldest search went");
        assertTrue(cache.get("ca /project/list.xhtml?q=paraula" + (PageCache.MAX_SEARCHES + 49)) != null);
        cache.clear();
        assertEquals(0, cache.searches());
    }
}
