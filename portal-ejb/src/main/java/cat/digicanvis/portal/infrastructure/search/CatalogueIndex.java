package cat.digicanvis.portal.infrastructure.search;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueItemView;
import cat.digicanvis.portal.application.catalogue.CataloguePage;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.Scope;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.SortOrder;
import cat.digicanvis.portal.application.catalogue.FacetCount;
import cat.digicanvis.portal.application.catalogue.Facets;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The catalogue of published sheets, held in memory: filters, facet counts, distance and ordering run
 * over an immutable snapshot, full text through {@link LuceneTextIndex}. Reads never lock; a change swaps
 * the snapshot. At 10,000 sheets a request scans the snapshot in a few milliseconds.
 */
public final class CatalogueIndex implements AutoCloseable {

    public static final String FACET_AREA = Facets.AREA;
    public static final String FACET_TYPOLOGY = Facets.TYPOLOGY;
    public static final String FACET_PHASE = Facets.PHASE;
    public static final String FACET_SCOPE = Facets.SCOPE;
    public static final String FACET_BAND = Facets.BAND;
    public static final String FACET_PROVINCE = Facets.PROVINCE;
    public static final String FACET_COMARCA = Facets.COMARCA;
    public static final String FACET_COUNTRY = Facets.COUNTRY;

    private static final Comparator<CatalogueEntry> NEWEST = Comparator
            .comparing(CatalogueEntry::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(CatalogueEntry::id, Comparator.reverseOrder());

    private final LuceneTextIndex text = new LuceneTextIndex();
    private volatile Map<Long, Row> rows = Map.of();

    private static final String[] AREA_CODES = codes(Area.values());
    private static final String[] TYPOLOGY_CODES = codes(Typology.values());
    private static final String[] PHASE_CODES = codes(Phase.values());
    private static final String[] SCOPE_CODES = {"km0", "foreign"};
    private static final String[] BAND_CODES = Arrays.stream(PopulationBand.values()).map(PopulationBand::code)
            .toArray(String[]::new);
    private static final int AREA = 0;
    private static final int TYPOLOGY = 1;
    private static final int PHASE = 2;
    private static final int SCOPE = 3;
    private static final int BAND = 4;
    private static final int PROVINCE = 5;
    private static final int COMARCA = 6;
    private static final int COUNTRY = 7;
    private static final String[] FACETS = {FACET_AREA, FACET_TYPOLOGY, FACET_PHASE, FACET_SCOPE, FACET_BAND,
        FACET_PROVINCE, FACET_COMARCA, FACET_COUNTRY};

    /**
     * An entry with its facet values worked out once, as bit masks and ordinals, so that a request over
     * thousands of sheets compares integers instead of building strings.
     */
    private record Row(CatalogueEntry entry, int areas, int typologies, int phase, int scope, int band,
                       String province, String comarca, String country, GeoPoint position) {

        static Row of(CatalogueEntry e) {
            int areas = 0;
            for (Area a : e.areas()) {
                areas |= 1 << a.ordinal();
            }
            int typologies = 0;
            for (Typology t : e.typologies()) {
                typologies |= 1 << t.ordinal();
            }
            return new Row(e, areas, typologies, e.phase() == null ? -1 : e.phase().ordinal(),
                    e.lead().km0() ? 0 : 1, e.band().ordinal(), e.lead().provinceCode(), e.lead().comarcaCode(),
                    e.lead().km0() ? null : e.lead().countryCode(),
                    new GeoPoint(e.lead().latitude(), e.lead().longitude()));
        }
    }

    private static String[] codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> Codes.code((Enum) v)).toArray(String[]::new);
    }

    /** Replaces everything, e.g. at start. */
    public synchronized void rebuild(Collection<CatalogueEntry> all) {
        text.clear();
        Map<Long, Row> next = new HashMap<>(all.size() * 2);
        for (CatalogueEntry e : all) {
            next.put(e.id(), Row.of(e));
            text.put(e.id(), e.title(), e.fullText());
        }
        text.refresh();
        rows = Map.copyOf(next);
        changed();
    }

    public synchronized void put(CatalogueEntry entry) {
        text.put(entry.id(), entry.title(), entry.fullText());
        text.refresh();
        Map<Long, Row> next = new HashMap<>(rows);
        next.put(entry.id(), Row.of(entry));
        rows = Map.copyOf(next);
        changed();
    }

    public synchronized void remove(long id) {
        text.remove(id);
        text.refresh();
        Map<Long, Row> next = new HashMap<>(rows);
        next.remove(id);
        rows = Map.copyOf(next);
        changed();
    }

    public Optional<CatalogueEntry> get(long id) {
        return Optional.ofNullable(rows.get(id)).map(Row::entry);
    }

    public int size() {
        return rows.size();
    }

    /** Every published sheet, in no particular order. */
    public List<CatalogueEntry> all() {
        return rows.values().stream().map(Row::entry).toList();
    }

    /** The request's selections, as masks and sets the rows are compared with. */
    private record Selection(int areas, int typologies, int phases, int scopes, int bands, Set<String> provinces,
                             Set<String> comarques, Set<String> countries) {

        static Selection of(CatalogueQuery q) {
            return new Selection(mask(q.areas()), mask(q.typologies()), mask(q.phases()),
                    q.scope() == Scope.ALL ? 0 : 1 << (q.scope() == Scope.KM0 ? 0 : 1), mask(q.bands()),
                    q.provinces(), q.comarques(), q.countries());
        }

        private static int mask(Set<? extends Enum<?>> values) {
            int m = 0;
            for (Enum<?> v : values) {
                m |= 1 << v.ordinal();
            }
            return m;
        }

        /** Whether the row passes facet f's filter (an empty selection lets everything pass). */
        boolean passes(int f, Row r) {
            return switch (f) {
                case AREA -> areas == 0 || (r.areas() & areas) != 0;
                case TYPOLOGY -> typologies == 0 || (r.typologies() & typologies) != 0;
                case PHASE -> phases == 0 || (r.phase() >= 0 && (phases & (1 << r.phase())) != 0);
                case SCOPE -> scopes == 0 || (scopes & (1 << r.scope())) != 0;
                case BAND -> bands == 0 || (bands & (1 << r.band())) != 0;
                // a foreign body has no province nor comarca, a Catalan one no country (immutable sets refuse null)
                case PROVINCE -> provinces.isEmpty() || r.province() != null && provinces.contains(r.province());
                case COMARCA -> comarques.isEmpty() || r.comarca() != null && comarques.contains(r.comarca());
                default -> countries.isEmpty() || r.country() != null && countries.contains(r.country());
            };
        }
    }

    /** Facet counts: fixed facets in arrays by ordinal, place facets in maps. */
    private static final class Counts {
        final long[][] fixed = {new long[AREA_CODES.length], new long[TYPOLOGY_CODES.length],
            new long[PHASE_CODES.length], new long[2], new long[BAND_CODES.length]};
        final Map<String, long[]> provinces = new HashMap<>();
        final Map<String, long[]> comarques = new HashMap<>();
        final Map<String, long[]> countries = new HashMap<>();

        void add(int f, Row r) {
            switch (f) {
                case AREA -> bits(fixed[AREA], r.areas());
                case TYPOLOGY -> bits(fixed[TYPOLOGY], r.typologies());
                case PHASE -> {
                    if (r.phase() >= 0) {
                        fixed[PHASE][r.phase()]++;
                    }
                }
                case SCOPE -> fixed[SCOPE][r.scope()]++;
                case BAND -> fixed[BAND][r.band()]++;
                case PROVINCE -> place(provinces, r.province());
                case COMARCA -> place(comarques, r.comarca());
                default -> place(countries, r.country());
            }
        }

        private static void bits(long[] counts, int mask) {
            for (int i = 0; mask != 0; i++, mask >>>= 1) {
                if ((mask & 1) != 0) {
                    counts[i]++;
                }
            }
        }

        private static void place(Map<String, long[]> counts, String value) {
            if (value != null) {
                counts.computeIfAbsent(value, k -> new long[1])[0]++;
            }
        }
    }

    /**
     * Runs a request. {@code near} is the reference point when the request names a municipality.
     */
    public CataloguePage search(CatalogueQuery q, GeoPoint near, String nearName) {
        Match m = match(q, near);
        int from = Math.min(m.ordered().size(), q.page() * q.size());
        int to = Math.min(m.ordered().size(), from + q.size());
        return new CataloguePage(m.ordered().size(), q.page(), q.size(), m.items(from, to), facets(m.counts(), m.sel()),
                nearName);
    }

    /** Every sheet a request selects, in its order, without paging (the map shows them all). */
    public List<CatalogueItemView> matching(CatalogueQuery q, GeoPoint near) {
        Match m = match(q, near);
        return m.items(0, m.ordered().size());
    }

    private record Match(List<CatalogueEntry> ordered, Map<Long, Double> distances, Map<Long, Float> scores,
                         boolean near, Counts counts, Selection sel) {

        List<CatalogueItemView> items(int from, int to) {
            return ordered.subList(from, to).stream()
                    .map(e -> new CatalogueItemView(e, near ? distances.get(e.id()) : null,
                            scores == null ? null : scores.get(e.id())))
                    .toList();
        }
    }

    private Match match(CatalogueQuery q, GeoPoint near) {
        Map<Long, Row> snapshot = rows;
        Map<Long, Float> scores = q.text() == null ? null : text.search(q.text());
        Selection sel = Selection.of(q);
        Map<Long, Double> distances = near == null ? Map.of() : new HashMap<>();
        Counts counts = new Counts();
        List<Row> matching = new ArrayList<>();
        Collection<Row> candidates = scores == null ? snapshot.values()
                : scores.keySet().stream().map(snapshot::get).filter(java.util.Objects::nonNull).toList();
        for (Row r : candidates) {
            if (near != null) {
                double km = near.distanceKm(r.position());
                if (q.maxKm() != null && km > q.maxKm()) {
                    continue;
                }
                distances.put(r.entry().id(), km);
            }
            int failed = -1;
            int failures = 0;
            for (int f = 0; f < FACETS.length && failures < 2; f++) {
                if (!sel.passes(f, r)) {
                    failed = f;
                    failures++;
                }
            }
            if (failures == 0) {
                matching.add(r);
                for (int f = 0; f < FACETS.length; f++) {
                    counts.add(f, r);
                }
            } else if (failures == 1) {
                // counts for a facet ignore that facet's own selection
                counts.add(failed, r);
            }
        }
        List<CatalogueEntry> ordered = new ArrayList<>(matching.size());
        matching.forEach(r -> ordered.add(r.entry()));
        ordered.sort(order(q, scores, distances, near != null));
        return new Match(ordered, distances, scores, near != null, counts, sel);
    }

    private static Map<String, List<FacetCount>> facets(Counts counts, Selection sel) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        out.put(FACET_AREA, fixed(AREA_CODES, counts.fixed[AREA], sel.areas()));
        out.put(FACET_TYPOLOGY, fixed(TYPOLOGY_CODES, counts.fixed[TYPOLOGY], sel.typologies()));
        out.put(FACET_PHASE, fixed(PHASE_CODES, counts.fixed[PHASE], sel.phases()));
        out.put(FACET_SCOPE, fixed(SCOPE_CODES, counts.fixed[SCOPE], sel.scopes()));
        out.put(FACET_BAND, fixed(BAND_CODES, counts.fixed[BAND], sel.bands()));
        out.put(FACET_PROVINCE, byCount(counts.provinces, sel.provinces()));
        out.put(FACET_COMARCA, byCount(counts.comarques, sel.comarques()));
        out.put(FACET_COUNTRY, byCount(counts.countries, sel.countries()));
        return out;
    }

    /** Fixed facets list every value, even with no result, so the reader sees the whole scheme. */
    private static List<FacetCount> fixed(String[] codes, long[] counts, int selected) {
        List<FacetCount> out = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            out.add(new FacetCount(codes[i], counts[i], (selected & (1 << i)) != 0));
        }
        return out;
    }

    private static List<FacetCount> byCount(Map<String, long[]> counts, Set<String> selected) {
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new FacetCount(k, v[0], selected.contains(k))));
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

    /** Home-page figures, worked out once per change of the catalogue. */
    private volatile Map<String, Map<String, Long>> countCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<CatalogueEntry> latestCache;

    private volatile long version;
    private volatile java.time.Instant changedAt = java.time.Instant.now();

    private void changed() {
        countCache = new java.util.concurrent.ConcurrentHashMap<>();
        latestCache = null;
        version++;
        changedAt = java.time.Instant.now();
    }

    /** Grows by one with every change (for ETags). */
    public long version() {
        return version;
    }

    /** When the index last changed (for Last-Modified). */
    public java.time.Instant changedAt() {
        return changedAt;
    }

    /** Counts by one facet over all published sheets, for the home page. */
    public Map<String, Long> countBy(String facet) {
        return countCache.computeIfAbsent(facet, this::count);
    }

    private Map<String, Long> count(String facet) {
        int f = Arrays.asList(FACETS).indexOf(facet);
        Counts counts = new Counts();
        for (Row r : rows.values()) {
            counts.add(f, r);
        }
        Map<String, Long> out = new TreeMap<>();
        facets(counts, Selection.of(CatalogueQuery.all(1))).get(facet).forEach(c -> out.put(c.value(), c.count()));
        return out;
    }

    /** The newest published sheets (up to 50). */
    public List<CatalogueEntry> latest(int n) {
        List<CatalogueEntry> latest = latestCache;
        if (latest == null) {
            latest = rows.values().stream().map(Row::entry).sorted(NEWEST).limit(50).toList();
            latestCache = latest;
        }
        return latest.subList(0, Math.min(n, latest.size()));
    }

    @Override
    public void close() {
        text.close();
    }
}
