package cat.digicanvis.portal.application.catalogue;

import cat.digicanvis.portal.application.reference.PlaceView;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.infrastructure.config.PortalDataSource;
import cat.digicanvis.portal.infrastructure.search.CatalogueIndex;
import cat.digicanvis.portal.infrastructure.search.CatalogueLoader;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import cat.digicanvis.portal.application.sheet.SheetChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Browsing and searching the published sheets. The catalogue lives in memory (see {@link CatalogueIndex})
 * and is refreshed whenever a sheet is published or changed, so reads never touch the database.
 */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class.getName());
    public static final double MAX_KM = 20_000;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ReferenceService reference;

    private final CatalogueIndex index = new CatalogueIndex();

    /** Reads every published sheet again (at start). */
    public void rebuild() {
        long start = System.nanoTime();
        List<CatalogueEntry> all = new CatalogueLoader(dataSource).loadAll();
        index.rebuild(all);
        LOG.info(() -> "Catalogue built: " + all.size() + " sheets in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Keeps the catalogue in step once a change is committed (never with a rolled-back one). */
    void onSheetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SheetChanged change) {
        refresh(change.sheetId());
    }

    /** Re-reads one sheet after it changed; drops it when it is no longer published. */
    public void refresh(long sheetId) {
        List<CatalogueEntry> one = new CatalogueLoader(dataSource).loadOne(sheetId);
        if (one.isEmpty()) {
            index.remove(sheetId);
        } else {
            index.put(one.get(0));
        }
    }

    /** Runs a request after checking the values that the index cannot check by type. */
    public CataloguePage search(CatalogueQuery query) {
        Checked c = check(query);
        return index.search(query, c.near(), c.nearName());
    }

    /** The ids of every sheet a request selects, in its order (same checks as {@link #search}). */
    public List<Long> matchingIds(CatalogueQuery query) {
        return index.matching(query, check(query).near()).stream().map(i -> i.entry().id()).toList();
    }

    /** The sheets a request selects, latest published or reviewed first (the feed's order). */
    public List<CatalogueItemView> newest(CatalogueQuery query, int max) {
        return index.matching(query, check(query).near()).stream()
                .sorted(java.util.Comparator.comparing((CatalogueItemView i) -> i.entry().updatedAt()).reversed()
                        .thenComparing(i -> -i.entry().id()))
                .limit(max).toList();
    }

    /** Grows by one with every change to the catalogue. */
    public long version() {
        return index.version();
    }

    public java.time.Instant changedAt() {
        return index.changedAt();
    }

    /** Every sheet a request selects, unpaged, as the map shows them (same checks as {@link #search}). */
    public CatalogueMap map(CatalogueQuery query) {
        return CatalogueMap.of(index.matching(query, check(query).near()).stream().map(CatalogueItemView::entry).toList());
    }

    private record Checked(GeoPoint near, String nearName) {
    }

    private Checked check(CatalogueQuery query) {
        List<Violation> violations = new ArrayList<>();
        if (query.text() != null && query.text().length() > CatalogueQuery.MAX_TEXT) {
            violations.add(Violation.of("q", "validation.tooLong", CatalogueQuery.MAX_TEXT));
        }
        query.provinces().stream().filter(p -> !reference.isProvince(p))
                .forEach(p -> violations.add(Violation.of("province", "validation.unknownValue", p)));
        query.comarques().stream().filter(c -> !reference.isComarca(c))
                .forEach(c -> violations.add(Violation.of("comarca", "validation.unknownValue", c)));
        query.countries().stream().filter(c -> !ReferenceService.isCountry(c))
                .forEach(c -> violations.add(Violation.of("country", "validation.unknownValue", c)));
        GeoPoint near = null;
        String nearName = null;
        if (query.nearIne() != null) {
            Optional<PlaceView> m = reference.municipality(query.nearIne());
            if (m.isEmpty()) {
                violations.add(Violation.of("near", "validation.unknownValue", query.nearIne()));
            } else {
                near = reference.municipalityPosition(query.nearIne()).orElseThrow();
                nearName = m.get().name();
            }
        }
        if (query.maxKm() != null) {
            if (query.nearIne() == null) {
                violations.add(Violation.of("maxKm", "validation.maxKm.needsNear"));
            } else if (query.maxKm().isNaN() || query.maxKm() <= 0 || query.maxKm() > MAX_KM) {
                violations.add(Violation.of("maxKm", "validation.range", 1, (int) MAX_KM));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new Checked(near, nearName);
    }

    public Optional<CatalogueEntry> entry(long id) {
        return index.get(id);
    }

    public List<CatalogueEntry> latest(int n) {
        return index.latest(n);
    }

    public Map<String, Long> countBy(String facet) {
        return index.countBy(facet);
    }

    public int size() {
        return index.size();
    }

    public List<CatalogueEntry> all() {
        return index.all();
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
