package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.Scope;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.SortOrder;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The catalogue's URL parameters, shared by the page and the API, so a bookmarked page and an API call
 * with the same query string give the same results. Unknown values are errors, never silently ignored.
 */
public final class CatalogueParams {

    public static final List<String> NAMES = List.of("q", "area", "typology", "phase", "scope", "band", "province",
            "comarca", "country", "near", "maxKm", "sort", "page", "size");
    private static final int MAX_VALUES = 20;

    private CatalogueParams() {
    }

    public static CatalogueQuery parse(Map<String, String[]> params) {
        List<Violation> v = new ArrayList<>();
        String text = single(params, "q");
        Set<Area> areas = enums(params, "area", Area.class, v);
        Set<Typology> typologies = enums(params, "typology", Typology.class, v);
        Set<Phase> phases = enums(params, "phase", Phase.class, v);
        Scope scope = Scope.ALL;
        String s = single(params, "scope");
        if (s != null) {
            scope = switch (s) {
                case "km0" -> Scope.KM0;
                case "foreign" -> Scope.FOREIGN;
                case "all" -> Scope.ALL;
                default -> {
                    v.add(Violation.of("scope", "validation.unknownValue", s));
                    yield Scope.ALL;
                }
            };
        }
        Set<PopulationBand> bands = values(params, "band", PopulationBand::fromCode, v);
        Set<String> provinces = codes(params, "province", "[0-9]{2}", Function.identity(), v);
        Set<String> comarques = codes(params, "comarca", "[0-9]{2}", Function.identity(), v);
        Set<String> countries = codes(params, "country", "[A-Za-z]{2}", c -> c.toUpperCase(Locale.ROOT), v);
        String near = single(params, "near");
        if (near != null && !near.matches("[0-9]{5}")) {
            v.add(Violation.of("near", "validation.unknownValue", near));
            near = null;
        }
        Double maxKm = null;
        String km = single(params, "maxKm");
        if (km != null) {
            try {
                maxKm = Double.valueOf(km.replace(',', '.'));
            } catch (NumberFormatException e) {
                v.add(Violation.of("maxKm", "validation.number"));
            }
        }
        SortOrder sort = SortOrder.DEFAULT;
        String so = single(params, "sort");
        if (so != null) {
            Optional<SortOrder> parsed = Codes.parse(SortOrder.class, so);
            if (parsed.isEmpty()) {
                v.add(Violation.of("sort", "validation.unknownValue", so));
            } else {
                sort = parsed.get();
            }
        }
        int page = integer(params, "page", 1, 1, 100_000, v) - 1;
        int size = integer(params, "size", CatalogueQuery.DEFAULT_SIZE, 1, Integer.MAX_VALUE, v); // capped below
        if (text != null && text.length() > CatalogueQuery.MAX_TEXT) {
            v.add(Violation.of("q", "validation.tooLong", CatalogueQuery.MAX_TEXT));
        }
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        return new CatalogueQuery(text, areas, typologies, phases, scope, bands, provinces, comarques, countries, near,
                maxKm, sort, page, Math.min(size, CatalogueQuery.MAX_SIZE));
    }

    /**
     * A request whose every parameter must be the catalogue's, or one of {@code others} (read by the caller):
     * for addresses that programs build, where a misspelt filter would silently widen the answer.
     */
    public static CatalogueQuery parseStrict(Map<String, String[]> params, Set<String> others) {
        List<Violation> unknown = params.keySet().stream().filter(k -> !NAMES.contains(k) && !others.contains(k))
                .map(k -> Violation.of(null, "validation.unknownParameter", k)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException(unknown);
        }
        Map<String, String[]> own = new java.util.HashMap<>(params);
        own.keySet().removeAll(others);
        return parse(own);
    }

    /** The query string of a request, e.g. to link to its next page. */
    public static String toQueryString(CatalogueQuery q, Integer page) {
        return encode(toParams(q, page));
    }

    /** A request as URL parameters, in a stable order; the page is left out when it is the first. */
    public static Map<String, List<String>> toParams(CatalogueQuery q, Integer page) {
        Map<String, List<String>> p = new java.util.LinkedHashMap<>();
        put(p, "q", q.text());
        q.areas().stream().map(Codes::code).sorted().forEach(a -> put(p, "area", a));
        q.typologies().stream().map(Codes::code).sorted().forEach(a -> put(p, "typology", a));
        q.phases().stream().map(Codes::code).sorted().forEach(a -> put(p, "phase", a));
        if (q.scope() != Scope.ALL) {
            put(p, "scope", q.scope() == Scope.KM0 ? "km0" : "foreign");
        }
        q.bands().stream().map(PopulationBand::code).sorted().forEach(a -> put(p, "band", a));
        q.provinces().stream().sorted().forEach(a -> put(p, "province", a));
        q.comarques().stream().sorted().forEach(a -> put(p, "comarca", a));
        q.countries().stream().sorted().forEach(a -> put(p, "country", a));
        put(p, "near", q.nearIne());
        put(p, "maxKm", q.maxKm() == null ? null : trimDouble(q.maxKm()));
        if (q.sort() != SortOrder.DEFAULT) {
            put(p, "sort", Codes.code(q.sort()));
        }
        if (q.size() != CatalogueQuery.DEFAULT_SIZE) {
            put(p, "size", Integer.toString(q.size()));
        }
        if (page != null && page > 0) {
            put(p, "page", Integer.toString(page + 1));
        }
        return p;
    }

    /** The request with one facet value added or removed (scope has one value at most), from its first page. */
    public static String toggled(CatalogueQuery q, String facet, String value) {
        Map<String, List<String>> p = toParams(q, null);
        List<String> values = new ArrayList<>(p.getOrDefault(facet, List.of()));
        boolean selected = values.stream().anyMatch(v -> v.equalsIgnoreCase(value));
        if (facet.equals("scope")) {
            values.clear();
        }
        if (selected) {
            values.removeIf(v -> v.equalsIgnoreCase(value));
        } else {
            values.add(value);
        }
        p.put(facet, values);
        return encode(p);
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null) {
            p.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    public static String encode(Map<String, List<String>> p) {
        StringBuilder sb = new StringBuilder();
        p.forEach((name, values) -> values.forEach(v -> sb.append(sb.length() == 0 ? "" : "&").append(name)
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return sb.toString();
    }

    private static String trimDouble(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null) {
            return null;
        }
        return Arrays.stream(values).filter(x -> x != null && !x.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    private static List<String> all(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values).filter(x -> x != null && !x.isBlank()).map(String::strip).distinct().toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, String[]> params, String name, Class<E> type,
                                                   List<Violation> v) {
        return values(params, name, code -> Codes.parse(type, code), v);
    }

    private static <T> Set<T> values(Map<String, String[]> params, String name, Function<String, Optional<T>> parse,
                                     List<Violation> v) {
        Set<T> out = new LinkedHashSet<>();
        List<String> raw = all(params, name);
        if (raw.size() > MAX_VALUES) {
            v.add(Violation.of(name, "validation.tooMany", MAX_VALUES));
            return out;
        }
        for (String code : raw) {
            Optional<T> parsed = parse.apply(code);
            if (parsed.isPresent()) {
                out.add(parsed.get());
            } else {
                v.add(Violation.of(name, "validation.unknownValue", code));
            }
        }
        return out;
    }

    private static Set<String> codes(Map<String, String[]> params, String name, String pattern,
                                     Function<String, String> normalise, List<Violation> v) {
        return values(params, name, code -> code.matches(pattern) ? Optional.of(normalise.apply(code)) : Optional.empty(), v);
    }

    private static int integer(Map<String, String[]> params, String name, int dflt, int min, int max,
                               List<Violation> v) {
        String raw = single(params, name);
        if (raw == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n < min || n > max) {
                v.add(Violation.of(name, "validation.range", min, max));
                return dflt;
            }
            return n;
        } catch (NumberFormatException e) {
            v.add(Violation.of(name, "validation.number"));
            return dflt;
        }
    }
}
