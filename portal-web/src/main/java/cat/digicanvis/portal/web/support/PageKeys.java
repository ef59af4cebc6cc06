package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The page cache's key of a request: its path with the parameters the page reads, each written one way
 * ({@code ?id=007&x=1} and {@code ?id=7} are one page). A request with a parameter the page does not read, with a
 * value it would refuse, or with long free text gets no key and is rendered without being kept, so that
 * made-up addresses cannot fill the cache and push real pages out; a short search is kept, in a share of the cache
 * of its own ({@link PageCache#MAX_SEARCHES}), for the same reason.
 */
final class PageKeys {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,19}");
    /** Per page, its parameters and how each value is written in the key; a page absent here takes none. */
    private static final Map<String, Map<String, Kind>> PARAMETERS = Map.of(
            "/project/view.xhtml", Map.of("id", Kind.ID),
            "/body/view.xhtml", Map.of("id", Kind.ID),
            "/forum/index.xhtml", Map.of("list", Kind.WORD, "sort", Kind.WORD, "page", Kind.ID),
            "/forum/category.xhtml", Map.of("id", Kind.ID, "list", Kind.WORD, "sort", Kind.WORD, "page", Kind.ID),
            "/forum/topic.xhtml", Map.of("id", Kind.ID, "page", Kind.ID));
    private static final Set<String> CATALOGUE = Set.of("/project/list.xhtml");
    private static final String MAP = "/project/map.xhtml";

    private enum Kind { ID, WORD }

    /** Searches short enough to be asked again by others: longer ones are one person's, never kept. */
    static final int SEARCH_MAX_CHARS = 60;
    static final int SEARCH_MAX_WORDS = 6;

    /** Whether a key is a search's (its pages have a bounded share of the cache). */
    static boolean isSearch(String key) {
        int query = key.indexOf('?');
        return query >= 0 && (key.startsWith("q=", query + 1) || key.indexOf("&q=", query) >= 0);
    }

    private PageKeys() {
    }

    /** The key, or nothing when this request's page is not to be kept. */
    static Optional<String> key(String language, String path, Map<String, String[]> params) {
        String query = CATALOGUE.contains(path) ? catalogue(params)
                : MAP.equals(path) ? map(params)
                : canonical(PARAMETERS.getOrDefault(path, Map.of()), params);
        return query == null ? Optional.empty() : Optional.of(language + " " + path + "?" + query);
    }

    private static String catalogue(Map<String, String[]> params) {
        if (!CatalogueParams.NAMES.containsAll(params.keySet())) {
            return null;
        }
        try {
            CatalogueQuery q = CatalogueParams.parse(params);
            if (q.text() == null || q.text().isBlank()) {
                return CatalogueParams.toQueryString(q, q.page());
            }
            // a search of a few words is kept too, in a share of the cache of its own (PageCache.MAX_SEARCHES)
            String words = q.text().strip();
            return words.length() <= SEARCH_MAX_CHARS && words.split("\\s+").length <= SEARCH_MAX_WORDS
                    ? CatalogueParams.toQueryString(q, q.page()) : null;
        } catch (RuleViolationException e) {
            return null;
        }
    }

    /** The map's key: the catalogue's request, then which map and what colours it (each written out). */
    private static String map(Map<String, String[]> params) {
        Map<String, String[]> rest = new java.util.HashMap<>(params);
        rest.remove("view");
        rest.remove("shade");
        java.util.List<cat.digicanvis.portal.domain.shared.Violation> refused = new java.util.ArrayList<>();
        String view = cat.digicanvis.portal.web.project.ProjectMapView.option(params, "view",
                cat.digicanvis.portal.web.project.ProjectMapView.VIEWS, refused);
        String shade = cat.digicanvis.portal.web.project.ProjectMapView.option(params, "shade",
                cat.digicanvis.portal.web.project.ProjectMapView.SHADES, refused);
        String catalogue = refused.isEmpty() ? catalogue(rest) : null;
        return catalogue == null ? null : catalogue + "&view=" + view + "&shade=" + shade;
    }

    private static String canonical(Map<String, Kind> accepted, Map<String, String[]> params) {
        TreeMap<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            Kind kind = accepted.get(p.getKey());
            if (kind == null || p.getValue().length != 1) {
                return null;
            }
            String value = p.getValue()[0].strip();
            if (kind == Kind.ID) {
                Long n = Pages.parseId(value);
                if (n == null || n <= 0) {
                    return null;
                }
                value = Long.toString(n);
            } else if (!WORD.matcher(value).matches()) {
                return null;
            }
            kept.put(p.getKey(), value);
        }
        StringBuilder b = new StringBuilder();
        kept.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=').append(v));
        return b.toString();
    }
}
