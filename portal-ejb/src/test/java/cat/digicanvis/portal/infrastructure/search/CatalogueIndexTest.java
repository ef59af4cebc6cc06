package cat.digicanvis.portal.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueItemView;
import cat.digicanvis.portal.application.catalogue.CataloguePage;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.Scope;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.SortOrder;
import cat.digicanvis.portal.application.catalogue.FacetCount;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueIndexTest {

    static final BodySummaryView TARREGA = new BodySummaryView(1, "Tàrrega", BodyType.MUNICIPALITY, "25217", 17_000,
            41.647, 1.14, "38", "25", "ES", null);
    static final BodySummaryView CAPAFONTS = new BodySummaryView(2, "Capafonts", BodyType.MUNICIPALITY, "43039", 110,
            41.30, 1.03, "08", "43", "ES", null);
    static final BodySummaryView GENT = new BodySummaryView(3, "Gent", BodyType.FOREIGN, "GN2797656", 231_493,
            51.05, 3.72, null, null, "BE", null);

    CatalogueIndex index;

    static CatalogueEntry entry(long id, String title, String text, BodySummaryView body, Set<Area> areas,
                                Phase phase, int daysAgo) {
        return new CatalogueEntry(id, title, "summary " + id, areas, Set.of(Typology.SERVICES), phase, 2020,
                ContentOrigin.DEMO, LocalDateTime.of(2026, 1, 1, 0, 0).minusDays(daysAgo),
                LocalDateTime.of(2026, 1, 1, 0, 0).minusDays(daysAgo), body, List.of(), text, null, null);
    }

    static CatalogueQuery query(String text, Set<Area> areas, Set<PopulationBand> bands, Scope scope, String near,
                                Double maxKm, SortOrder sort) {
        return new CatalogueQuery(text, areas, null, null, scope, bands, null, null, null, near, maxKm, sort, 0, 20);
    }

    @BeforeEach
    void fill() {
        index = new CatalogueIndex();
        index.rebuild(List.of(
                entry(1, "Pressupostos participatius", "La participació ciutadana decideix inversions.", TARREGA,
                        Set.of(Area.PARTICIPATION), Phase.IMPLEMENTED, 1),
                entry(2, "Transformació digital del consistori", "Un pla de transformació i canvi cultural.",
                        CAPAFONTS, Set.of(Area.TRANSFORMATION), Phase.PILOT, 2),
                entry(3, "Open data portal", "Participation and open government in Ghent.", GENT,
                        Set.of(Area.PARTICIPATION, Area.PLANNING_MANAGEMENT), Phase.PROTOTYPE, 3)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    static List<Long> ids(CataloguePage page) {
        return page.items().stream().map(CatalogueItemView::entry).map(CatalogueEntry::id).toList();
    }

    @Test
    void newestFirstWithoutText() {
        assertEquals(List.of(1L, 2L, 3L), ids(index.search(CatalogueQuery.all(20), null, null)));
    }

    /** 200 ideographs are 200 words: refused with a message (it was a failure past Lucene's 1,024 clauses). */
    @Test
    void tooManyWordsAreRefusedNotFailed() {
        String cjk = "数字化转型".repeat(40);
        var e = org.junit.jupiter.api.Assertions.assertThrows(cat.digicanvis.portal.domain.shared.RuleViolationException.class,
                () -> index.search(query(cjk, null, null, null, null, null, null), null, null));
        assertEquals("validation.search.tooManyWords", e.violations().get(0).messageKey());
        String words = "participació ".repeat(LuceneTextIndex.MAX_WORDS);
        assertEquals(List.of(1L), ids(index.search(query(words, null, null, null, null, null, null), null, null)),
                "as many words as allowed still search");
    }

    @Test
    void searchIgnoresAccentsAndInflection() {
        assertEquals(List.of(1L), ids(index.search(query("participacio", null, null, null, null, null, null), null, null)));
        assertEquals(List.of(2L), ids(index.search(query("transformacions", null, null, null, null, null, null), null, null)));
        // English stemming finds the English sheet; Catalan "participació" does not stem to "participation"
        assertTrue(ids(index.search(query("participation", null, null, null, null, null, null), null, null)).contains(3L));
        assertEquals(List.of(), ids(index.search(query("blockchain", null, null, null, null, null, null), null, null)));
    }

    @Test
    void facetCountsIgnoreTheirOwnSelection() {
        CataloguePage page = index.search(query(null, Set.of(Area.PARTICIPATION), null, null, null, null, null), null, null);
        assertEquals(List.of(1L, 3L), ids(page));
        FacetCount transformation = page.facets().get(CatalogueIndex.FACET_AREA).stream()
                .filter(f -> f.value().equals("transformation")).findFirst().orElseThrow();
        assertEquals(1, transformation.count());
        FacetCount participation = page.facets().get(CatalogueIndex.FACET_AREA).stream()
                .filter(f -> f.value().equals("participation")).findFirst().orElseThrow();
        assertTrue(participation.selected());
        assertEquals(2, participation.count());
        assertEquals(List.of(new FacetCount("km0", 1, false), new FacetCount("foreign", 1, false)),
                page.facets().get(CatalogueIndex.FACET_SCOPE));
    }

    @Test
    void bandsAndScopeFilter() {
        assertEquals(List.of(2L), ids(index.search(query(null, null, Set.of(PopulationBand.UP_TO_500), null, null, null,
                null), null, null)));
        assertEquals(List.of(3L), ids(index.search(query(null, null, null, Scope.FOREIGN, null, null, null), null, null)));
    }

    @Test
    void nearSortsByDistanceAndCuts() {
        GeoPoint tarrega = new GeoPoint(41.647, 1.14);
        CataloguePage page = index.search(query(null, null, null, null, "25217", null, null), tarrega, "Tàrrega");
        assertEquals(List.of(1L, 2L, 3L), ids(page));
        assertEquals(0.0, page.items().get(0).distanceKm(), 0.01);
        CataloguePage within = index.search(query(null, null, null, null, "25217", 50.0, null), tarrega, "Tàrrega");
        assertEquals(List.of(1L, 2L), ids(within));
    }

    @Test
    void updatesAndRemovalsShowAtOnce() {
        index.put(entry(4, "Xatbot municipal", "Assistent virtual", TARREGA, Set.of(Area.CITIZEN_CARE), Phase.PILOT, 0));
        assertEquals(List.of(4L), ids(index.search(query("xatbot", null, null, null, null, null, null), null, null)));
        index.remove(4);
        assertEquals(List.of(), ids(index.search(query("xatbot", null, null, null, null, null, null), null, null)));
        assertEquals(3, index.size());
    }

    @Test
    void pagesAndTitleOrder() {
        CataloguePage page = index.search(new CatalogueQuery(null, null, null, null, null, null, null, null, null,
                null, null, SortOrder.TITLE, 1, 2), null, null);
        assertEquals(3, page.total());
        assertEquals(List.of(2L), ids(page));
        assertEquals(2, page.pageCount());
    }

    @Test
    void placeFiltersPassOverBodiesThatHaveNoSuchPlace() {
        // Gent (foreign, no comarca) matches the area: the comarca filter must drop it, not fail on it
        CataloguePage byComarca = index.search(new CatalogueQuery(null, Set.of(Area.PARTICIPATION), null, null, null,
                null, null, Set.of("38"), null, null, null, null, 0, 20), null, null);
        assertEquals(List.of(1L), byComarca.items().stream().map(i -> i.entry().id()).toList());
        CataloguePage byCountry = index.search(new CatalogueQuery(null, Set.of(Area.PARTICIPATION), null, null, null,
                null, null, null, Set.of("BE"), null, null, null, 0, 20), null, null);
        assertEquals(List.of(3L), byCountry.items().stream().map(i -> i.entry().id()).toList());
        assertEquals(List.of(1L, 3L), index.matching(new CatalogueQuery(null, Set.of(Area.PARTICIPATION), null, null, null, null, null, null, null, null, null, null, 0, 1), null)
                .stream().map(i -> i.entry().id()).sorted().toList(), "the map's unpaged list");
    }
}
