package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleNumbersTest {

    static final Locale CA = Locale.forLanguageTag("ca");
    static final Locale ES = Locale.forLanguageTag("es");
    static final Locale EN = Locale.ENGLISH;

    static BigDecimal ca(String s) {
        return LocaleNumbers.parse(s, CA);
    }

    @Test
    void numbersAsCouncilStaffWriteThemInCatalanAndSpanish() {
        assertEquals(new BigDecimal("4500"), ca("4.500 €"));
        assertEquals(new BigDecimal("4500"), ca("4 500"));
        assertEquals(new BigDecimal("4500"), ca("4\u00a0500 €"));
        assertEquals(new BigDecimal("120.5"), ca("120,5"));
        assertEquals(new BigDecimal("1234567.89"), ca("1.234.567,89 €"));
        assertEquals(new BigDecimal("120.5"), ca("120.5"), "one dot that cannot group is a decimal mark");
        assertEquals(new BigDecimal("12000"), ca("12000"));
        assertEquals(new BigDecimal("350"), ca("350 h"));
        assertEquals(new BigDecimal("-10"), ca("-10"));
        assertEquals(new BigDecimal("0.5"), LocaleNumbers.parse(",5", ES));
        assertEquals(new BigDecimal("4500"), LocaleNumbers.parse("€ 4.500", ES));
        assertNull(ca("  "));
    }

    @Test
    void inEnglishTheMarksSwap() {
        assertEquals(new BigDecimal("4500"), LocaleNumbers.parse("4,500", EN));
        assertEquals(new BigDecimal("120.5"), LocaleNumbers.parse("120.5", EN));
        assertEquals(new BigDecimal("120.5"), LocaleNumbers.parse("120,5", EN));
        assertEquals(new BigDecimal("1234567.89"), LocaleNumbers.parse("1,234,567.89", EN));
    }

    @Test
    void whatIsNotANumberIsRefused() {
        for (String bad : new String[] {"abc", "4.50.0", "1.2,3,4", "12,34,56", "4..5", "--3", "1e308", "12.34.5", "€", "."}) {
            assertThrows(IllegalArgumentException.class, () -> ca(bad), bad);
        }
    }

    @Test
    void writtenBackWithTheLocalesDecimalMarkAndNoGrouping() {
        assertEquals("4500", LocaleNumbers.format(new BigDecimal("4500.00"), CA));
        assertEquals("120,5", LocaleNumbers.format(new BigDecimal("120.50"), CA));
        assertEquals("120.5", LocaleNumbers.format(new BigDecimal("120.5"), EN));
        assertEquals("2026", LocaleNumbers.format(2026, CA));
        assertEquals("", LocaleNumbers.format(null, CA));
    }
}
