package cat.digicanvis.portal.infrastructure.search;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueItemView;
import cat.digicanvis.portal.application.catalogue.CataloguePage;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.Scope;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.SortOrder;
import cat.digicanvis.portal.application.catalogue.FacetCount;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The catalogue of published sheets, held in memory: filters, facet counts, distance and ordering run
 * over an immutable snapshot, full text through {@link LuceneTextIndex}. Reads never lock; a change swaps
 * the snapshot. At 10,000 sheets a request scans the snapshot in a few milliseconds.
 */
public final class CatalogueIndex implements AutoCloseable {

    public static final String FACET_AREA = "area";
    public static final String FACET_TYPOLOGY = "typology";
    public static final String FACET_PHASE = "phase";
    public static final String FACET_SCOPE = "scope";
    public static final String FACET_BAND = "band";
    public static final String FACET_PROVINCE = "province";
    public static final String FACET_COMARCA = "comarca";
    public static final String FACET_COUNTRY = "country";

    private static final Comparator<CatalogueEntry> NEWEST = Comparator
            .comparing(CatalogueEntry::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(CatalogueEntry::id, Comparator.reverseOrder());

    private final LuceneTextIndex text = new LuceneTextIndex();
    private volatile Map<Long, CatalogueEntry> entries = Map.of();

    /** Replaces everything, e.g. at start. */
    public synchronized void rebuild(Collection<CatalogueEntry> all) {
        text.clear();
        Map<Long, CatalogueEntry> next = new HashMap<>(all.size() * 2);
        for (CatalogueEntry e : all) {
            next.put(e.id(), e);
            text.put(e.id(), e.title(), e.fullText());
        }
        text.refresh();
        entries = Map.copyOf(next);
    }

    public synchronized void put(CatalogueEntry entry) {
        text.put(entry.id(), entry.title(), entry.fullText());
        text.refresh();
        Map<Long, CatalogueEntry> next = new HashMap<>(entries);
        next.put(entry.id(), entry);
        entries = Map.copyOf(next);
    }

    public synchronized void remove(long id) {
        text.remove(id);
        text.refresh();
        Map<Long, CatalogueEntry> next = new HashMap<>(entries);
        next.remove(id);
        entries = Map.copyOf(next);
    }

    public Optional<CatalogueEntry> get(long id) {
        return Optional.ofNullable(entries.get(id));
    }

    public int size() {
        return entries.size();
    }

    public Collection<CatalogueEntry> all() {
        return entries.values();
    }

    /**
     * Runs a request. {@code near} is the reference point when the request names a municipality.
     */
    public CataloguePage search(CatalogueQuery q, GeoPoint near, String nearName) {
        Map<Long, CatalogueEntry> snapshot = entries;
        Map<Long, Float> scores = q.text() == null ? null : text.search(q.text());
        Map<Long, Double> distances = new HashMap<>();
        if (near != null) {
            for (CatalogueEntry e : snapshot.values()) {
                distances.put(e.id(), near.distanceKm(new GeoPoint(e.lead().latitude(), e.lead().longitude())));
            }
        }

        Map<String, Predicate<CatalogueEntry>> filters = new LinkedHashMap<>();
        filters.put(FACET_AREA, e -> q.areas().isEmpty() || e.areas().stream().anyMatch(q.areas()::contains));
        filters.put(FACET_TYPOLOGY, e -> q.typologies().isEmpty()
                || e.typologies().stream().anyMatch(q.typologies()::contains));
        filters.put(FACET_PHASE, e -> q.phases().isEmpty() || q.phases().contains(e.phase()));
        filters.put(FACET_SCOPE, e -> q.scope() == Scope.ALL || (q.scope() == Scope.KM0) == e.lead().km0());
        filters.put(FACET_BAND, e -> q.bands().isEmpty() || q.bands().contains(e.band()));
        filters.put(FACET_PROVINCE, e -> q.provinces().isEmpty() || q.provinces().contains(e.lead().provinceCode()));
        filters.put(FACET_COMARCA, e -> q.comarques().isEmpty() || q.comarques().contains(e.lead().comarcaCode()));
        filters.put(FACET_COUNTRY, e -> q.countries().isEmpty() || q.countries().contains(e.lead().countryCode()));
        Predicate<CatalogueEntry> base = e -> (scores == null || scores.containsKey(e.id()))
                && (q.maxKm() == null || near == null || distances.get(e.id()) <= q.maxKm());

        List<CatalogueEntry> matching = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        filters.keySet().forEach(f -> counts.put(f, new TreeMap<>()));
        for (CatalogueEntry e : snapshot.values()) {
            if (!base.test(e)) {
                continue;
            }
            String failed = null;
            int failures = 0;
            for (Map.Entry<String, Predicate<CatalogueEntry>> f : filters.entrySet()) {
                if (!f.getValue().test(e)) {
                    failed = f.getKey();
                    if (++failures > 1) {
                        break;
                    }
                }
            }
            if (failures == 0) {
                matching.add(e);
                filters.keySet().forEach(f -> count(counts.get(f), f, e));
            } else if (failures == 1) {
                // counts for a facet ignore that facet's own selection
                count(counts.get(failed), failed, e);
            }
        }

        matching.sort(order(q, scores, distances, near != null));
        int from = Math.min(matching.size(), q.page() * q.size());
        int to = Math.min(matching.size(), from + q.size());
        List<CatalogueItemView> items = matching.subList(from, to).stream()
                .map(e -> new CatalogueItemView(e, near == null ? null : distances.get(e.id()),
                        scores == null ? null : scores.get(e.id())))
                .toList();
        return new CataloguePage(matching.size(), q.page(), q.size(), items, facets(counts, q), nearName);
    }

    private static void count(Map<String, Long> facet, String name, CatalogueEntry e) {
        for (String value : values(name, e)) {
            facet.merge(value, 1L, Long::sum);
        }
    }

    private static List<String> values(String facet, CatalogueEntry e) {
        return switch (facet) {
            case FACET_AREA -> e.areas().stream().map(Codes::code).toList();
            case FACET_TYPOLOGY -> e.typologies().stream().map(Codes::code).toList();
            case FACET_PHASE -> e.phase() == null ? List.of() : List.of(Codes.code(e.phase()));
            case FACET_SCOPE -> List.of(e.lead().km0() ? "km0" : "foreign");
            case FACET_BAND -> List.of(e.band().code());
            case FACET_PROVINCE -> e.lead().provinceCode() == null ? List.of() : List.of(e.lead().provinceCode());
            case FACET_COMARCA -> e.lead().comarcaCode() == null ? List.of() : List.of(e.lead().comarcaCode());
            case FACET_COUNTRY -> e.lead().km0() ? List.of() : List.of(e.lead().countryCode());
            default -> List.of();
        };
    }

    private static Map<String, List<FacetCount>> facets(Map<String, Map<String, Long>> counts, CatalogueQuery q) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        out.put(FACET_AREA, ordered(counts.get(FACET_AREA), Area.values(), Codes::code,
                q.areas().stream().map(Codes::code).toList()));
        out.put(FACET_TYPOLOGY, ordered(counts.get(FACET_TYPOLOGY), Typology.values(), Codes::code,
                q.typologies().stream().map(Codes::code).toList()));
        out.put(FACET_PHASE, ordered(counts.get(FACET_PHASE), Phase.values(), Codes::code,
                q.phases().stream().map(Codes::code).toList()));
        out.put(FACET_SCOPE, ordered(counts.get(FACET_SCOPE), new String[] {"km0", "foreign"}, Function.identity(),
                q.scope() == Scope.ALL ? List.of() : List.of(q.scope() == Scope.KM0 ? "km0" : "foreign")));
        out.put(FACET_BAND, ordered(counts.get(FACET_BAND), PopulationBand.values(), PopulationBand::code,
                q.bands().stream().map(PopulationBand::code).toList()));
        out.put(FACET_PROVINCE, byCount(counts.get(FACET_PROVINCE), q.provinces()));
        out.put(FACET_COMARCA, byCount(counts.get(FACET_COMARCA), q.comarques()));
        out.put(FACET_COUNTRY, byCount(counts.get(FACET_COUNTRY), q.countries()));
        return out;
    }

    /** Fixed-order facets list every value, even with no result, so the reader sees the whole scheme. */
    private static <T> List<FacetCount> ordered(Map<String, Long> counts, T[] values, Function<T, String> code,
                                                List<String> selected) {
        List<FacetCount> out = new ArrayList<>();
        for (T v : values) {
            String c = code.apply(v);
            out.add(new FacetCount(c, counts.getOrDefault(c, 0L), selected.contains(c)));
        }
        return out;
    }

    private static List<FacetCount> byCount(Map<String, Long> counts, Set<String> selected) {
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new FacetCount(k, v, selected.contains(k))));
        selected.stream().filter(s -> !counts.containsKey(s)).forEach(s -> out.add(new FacetCount(s, 0, true)));
        out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }

    private static Comparator<CatalogueEntry> order(CatalogueQuery q, Map<Long, Float> scores,
                                                    Map<Long, Double> distances, boolean hasNear) {
        SortOrder sort = q.sort();
        if (sort == SortOrder.DEFAULT) {
            sort = scores != null ? SortOrder.RELEVANCE : hasNear ? SortOrder.DISTANCE : SortOrder.NEWEST;
        }
        return switch (sort) {
            case RELEVANCE -> scores == null ? NEWEST
                    : Comparator.<CatalogueEntry, Float>comparing(e -> scores.get(e.id()), Comparator.reverseOrder())
                            .thenComparing(NEWEST);
            case DISTANCE -> !hasNear ? NEWEST
                    : Comparator.<CatalogueEntry, Double>comparing(e -> distances.get(e.id())).thenComparing(NEWEST);
            case TITLE -> Comparator.comparing((CatalogueEntry e) -> e.title().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(CatalogueEntry::id);
            case POPULATION -> Comparator.comparingInt((CatalogueEntry e) -> e.lead().population())
                    .thenComparing(CatalogueEntry::id);
            default -> NEWEST;
        };
    }

    /** Counts by area and by phase over all published sheets, for the home page. */
    public Map<String, Long> countBy(String facet) {
        Map<String, Long> out = new TreeMap<>();
        for (CatalogueEntry e : entries.values()) {
            count(out, facet, e);
        }
        return out;
    }

    /** The newest published sheets. */
    public List<CatalogueEntry> latest(int n) {
        return entries.values().stream().sorted(NEWEST).limit(n).toList();
    }


    @Override
    public void close() {
        text.close();
    }
}
