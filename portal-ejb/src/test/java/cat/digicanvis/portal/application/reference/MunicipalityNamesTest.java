package cat.digicanvis.portal.application.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MunicipalityNamesTest {

    private final MunicipalityNames names = new MunicipalityNames(List.of(
            new PlaceView("25217", "Tàrrega", 17_900, "33", "25"),
            new PlaceView("25051", "Bellpuig", 5_000, "33", "25"),
            new PlaceView("17022", "la Bisbal d'Empordà", 17_000, "10", "17"),
            new PlaceView("08193", "Sant Cugat del Vallès", 95_000, "40", "08"),
            new PlaceView("08200", "Sant Boi de Llobregat", 84_000, "11", "08"),
            new PlaceView("08900", "Santa Eulàlia de Ronçana", 7_000, "40", "08"),
            new PlaceView("25999", "Els Omells de na Gaia", 150, "33", "25"),
            new PlaceView("17999", "Els Omells de na Gaia", 150, "10", "17")),
            Map.of("33", "Urgell", "10", "Baix Empordà", "40", "Vallès Occidental", "11", "Baix Llobregat")::get);

    @Test
    void typedWithoutAccentsOrCapitalsTheBeginningOfANameComesFirstThenAWordInside() {
        assertEquals(List.of("Tàrrega (Urgell)"), labels("TARR"));
        assertEquals(List.of("la Bisbal d'Empordà (Baix Empordà)"), labels("bisbal"));
        assertEquals(List.of("la Bisbal d'Empordà (Baix Empordà)"), labels("empo"), "after an apostrophe too");
        // the most populated first among the same kind of match
        assertEquals(List.of("Sant Cugat del Vallès (Vallès Occidental)", "Sant Boi de Llobregat (Baix Llobregat)",
                "Santa Eulàlia de Ronçana (Vallès Occidental)"), labels("sant"));
        assertEquals(2, names.suggest("sant", 2).size(), "at most as many as asked");
        assertTrue(names.suggest("t", 10).isEmpty(), "one letter suggests nothing");
        assertTrue(names.suggest("zzz", 10).isEmpty());
        assertEquals("25217", names.suggest("tàrrega", 10).get(0).code());
    }

    @Test
    void aLabelOrAnUnambiguousNameLeadsBackToTheMunicipality() {
        assertEquals("25217", names.find("Tàrrega (Urgell)").orElseThrow().code());
        assertEquals("25217", names.find("  tarrega ").orElseThrow().code());
        assertEquals("25051", names.find("BELLPUIG").orElseThrow().code());
        assertTrue(names.find("Tàrr").isEmpty(), "a beginning is not a name");
        assertTrue(names.find("Els Omells de na Gaia").isEmpty(), "two municipalities have that name");
        assertEquals("17999", names.find("Els Omells de na Gaia (Baix Empordà)").orElseThrow().code(), "the comarca tells them apart");
        assertTrue(names.find("").isEmpty());
        assertTrue(names.find(null).isEmpty());
        assertEquals("Bellpuig (Urgell)", names.label("25051"));
        assertEquals(null, names.label("99999"));
    }

    private List<String> labels(String text) {
        return names.suggest(text, 10).stream().map(MunicipalityNames.Suggestion::label).toList();
    }
}
