package cat.digicanvis.portal.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataLoaderTest {

    @Test
    void csvQuotesAndCommas() {
        assertEquals(List.of("08001", "Abrera", ""), ReferenceDataLoader.parseCsvLine("08001,Abrera,"));
        assertEquals(List.of("25", "Pla d'Urgell, el", "x\"y"),
                ReferenceDataLoader.parseCsvLine("25,\"Pla d'Urgell, el\",\"x\"\"y\""));
    }

    @Test
    void countyCouncilsAreNamedAsInCatalan() {
        assertEquals("Consell Comarcal de l'Alt Camp", ReferenceDataLoader.countyCouncilName("01", "Alt Camp"));
        assertEquals("Consell Comarcal del Bages", ReferenceDataLoader.countyCouncilName("07", "Bages"));
        assertEquals("Consell Comarcal de la Selva", ReferenceDataLoader.countyCouncilName("34", "Selva"));
        assertEquals("Consell Comarcal de les Garrigues", ReferenceDataLoader.countyCouncilName("18", "Garrigues"));
        assertEquals("Consell Comarcal d'Osona", ReferenceDataLoader.countyCouncilName("24", "Osona"));
        assertEquals("Conselh Generau d'Aran", ReferenceDataLoader.countyCouncilName("39", "Aran"));
    }
}
