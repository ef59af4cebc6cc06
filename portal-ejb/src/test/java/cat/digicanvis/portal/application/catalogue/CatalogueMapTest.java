package cat.digicanvis.portal.application.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.digicanvis.portal.application.statistics.StatisticsServiceTest;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.Area;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueMapTest {

    static final BodySummaryView URGELL = new BodySummaryView(4, "Consell Comarcal de l'Urgell", BodyType.COUNTY_COUNCIL,
            "38", 37_000, 41.64, 1.14, "38", "25", "ES", null);

    @Test
    void sheetsAreGroupedByBodyAndCountedByPlaceSoThatTheyAddUpToTheTotal() {
        CatalogueMap map = CatalogueMap.of(List.of(
                StatisticsServiceTest.entry(1, StatisticsServiceTest.TARREGA, Set.of(Area.PARTICIPATION), null, null, null),
                StatisticsServiceTest.entry(2, StatisticsServiceTest.TARREGA, Set.of(Area.PARTICIPATION), null, null, null),
                StatisticsServiceTest.entry(3, URGELL, Set.of(Area.PARTICIPATION), null, null, null),
                StatisticsServiceTest.entry(4, StatisticsServiceTest.GENT, Set.of(Area.PARTICIPATION), null, null, null)));
        assertEquals(4, map.total());
        assertEquals(3, map.km0());
        assertEquals(1, map.foreign());
        assertEquals(3, map.places().size());
        assertEquals(List.of(1L, 2L), map.places().get(0).sheets().stream().map(CatalogueMap.Pin::id).toList());
        assertEquals("25217", map.places().get(0).municipality());
        assertEquals(null, map.places().get(1).municipality(), "a county council is no municipality");
        assertEquals(Map.of("38", 3L), map.byComarca());
        assertEquals(Map.of("25217", 2L), map.byMunicipality());
        assertEquals(Map.of("BE", 1L), map.byCountry());
    }

    @Test
    void noSheetsNoPlaces() {
        CatalogueMap map = CatalogueMap.of(List.of());
        assertEquals(0, map.total());
        assertEquals(List.of(), map.places());
    }
}
