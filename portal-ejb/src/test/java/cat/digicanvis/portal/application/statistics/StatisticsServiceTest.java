package cat.digicanvis.portal.application.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

public class StatisticsServiceTest {

    public static final BodySummaryView TARREGA = new BodySummaryView(1, "Tàrrega", BodyType.MUNICIPALITY, "25217", 17_000,
            41.647, 1.14, "38", "25", "ES", null);
    public static final BodySummaryView CAPAFONTS = new BodySummaryView(2, "Capafonts", BodyType.MUNICIPALITY, "43039", 110,
            41.30, 1.03, "08", "43", "ES", null);
    public static final BodySummaryView GENT = new BodySummaryView(3, "Gent", BodyType.FOREIGN, "GN2797656", 231_493,
            51.05, 3.72, null, null, "BE", null);

    public static CatalogueEntry entry(long id, BodySummaryView body, Set<Area> areas, Integer year, Double euros, Double hours) {
        return new CatalogueEntry(id, "Sheet " + id, "summary", areas, Set.of(Typology.SERVICES), Phase.PILOT, year,
                ContentOrigin.DEMO, LocalDateTime.of(2026, 1, 1, 0, 0), null, body, List.of(), "text", euros, hours);
    }

    static Map<String, Double> values(Chart c) {
        return c.rows().stream().collect(Collectors.toMap(Chart.Row::code, r -> r.values()[0], (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    static Chart chart(List<Chart> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    final List<Chart> charts = StatisticsService.sheets(List.of(
            entry(1, TARREGA, Set.of(Area.SOCIAL_SERVICES, Area.PARTICIPATION), 2021, 12_000.0, 300.0),
            entry(2, TARREGA, Set.of(Area.SOCIAL_SERVICES), 2023, null, 40.5),
            entry(3, CAPAFONTS, Set.of(Area.PARTICIPATION), 2021, 1_500.0, null),
            entry(4, GENT, Set.of(Area.CITIZEN_CARE), null, null, null)));

    @Test
    void aSheetInTwoAreasCountsInBothAndEveryAreaIsListedInItsOrder() {
        Map<String, Double> byArea = values(chart(charts, "area"));
        assertEquals(List.of("citizen-care", "services-formalities", "social-services", "participation",
                "planning-management", "transformation"), List.copyOf(byArea.keySet()));
        assertEquals(1.0, byArea.get("citizen-care"));
        assertEquals(0.0, byArea.get("services-formalities"));
        assertEquals(2.0, byArea.get("social-services"));
        assertEquals(2.0, byArea.get("participation"));
    }

    @Test
    void placesCountOnlyCatalanBodiesAndComarquesComeMostFirst() {
        assertEquals(Map.of("38", 2.0, "08", 1.0), values(chart(charts, "comarca")));
        assertEquals(List.of("38", "08"), chart(charts, "comarca").rows().stream().map(Chart.Row::code).toList());
        assertEquals(Map.of("km0", 3.0, "foreign", 1.0), values(chart(charts, "scope")));
        assertEquals(4.0, chart(charts, "band").total(), "every sheet has a band");
    }

    @Test
    void yearsInOrderWithoutTheSheetsThatGiveNone() {
        assertEquals(Map.of("2021", 2.0, "2023", 1.0), values(chart(charts, "startYear")));
        assertEquals(List.of("2021", "2023"), List.copyOf(values(chart(charts, "startYear")).keySet()));
    }

    @Test
    void savingsAreSummedFromTheSheetsThatDeclareThem() {
        Map<String, Double> euros = values(chart(charts, "savingsEurosByArea"));
        assertEquals(12_000.0, euros.get("social-services"));
        assertEquals(13_500.0, euros.get("participation"));
        assertEquals(0.0, euros.get("citizen-care"));
        Map<String, Double> hours = values(chart(charts, "savingsHoursByBand"));
        assertEquals(340.5, hours.get("10001-50000"));
        assertEquals(Chart.Unit.HOURS, chart(charts, "savingsHoursByBand").unit());
    }
}
