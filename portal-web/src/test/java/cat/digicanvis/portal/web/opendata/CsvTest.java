package cat.digicanvis.portal.web.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunIsNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.text("=HYPERLINK(\"http://x\")"), "quoted because of the quotes");
        assertEquals("\"'=SUM(1,2)\"", Csv.text("=SUM(1,2)"));
        assertEquals("'+34 600", Csv.text("+34 600"));
        assertEquals("'-1", Csv.text("-1"));
        assertEquals("'@cmd", Csv.text("@cmd"));
        assertEquals("'\t x", Csv.text("\t x"), "a tab is neutralised, not quoted");
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain", Csv.text("plain"));
        assertEquals("\"a, b\"", Csv.text("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.text("two\nlines"));
        assertEquals("", Csv.text(null));
        assertEquals("a,b\r\n", Csv.line(List.of("a", "b")));
    }

    @Test
    void numbersArePlain() {
        assertEquals("4500", Csv.number(new BigDecimal("4500.00")));
        assertEquals("120.5", Csv.number(new BigDecimal("120.50")));
        assertEquals("", Csv.number(null));
        assertEquals("2021", Csv.number(2021));
    }
}
