package cat.digicanvis.portal.application.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesByNameTest {

    @Test
    void countriesComeInTheOrderOfTheirNamesInTheReadersLanguage() {
        List<String> ca = ReferenceService.countriesByName(Locale.forLanguageTag("ca"));
        // Alemanya (DE) comes before Àustria (AT) and Espanya (ES) in Catalan; by code AT would lead
        assertTrue(ca.indexOf("DE") < ca.indexOf("AT"), "Alemanya before Àustria");
        assertTrue(ca.indexOf("AT") < ca.indexOf("ES"), "Àustria, with its accent, among the A");
        List<String> en = ReferenceService.countriesByName(Locale.ENGLISH);
        assertTrue(en.indexOf("AT") < en.indexOf("DE"), "Austria before Germany in English");
        assertEquals(Locale.getISOCountries().length, ca.size());
    }
}
