package cat.digicanvis.portal.web.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetFileTest {

    static List<Map<String, String>> read(byte[] bytes) throws Exception {
        return SpreadsheetFile.read("f", new ByteArrayInputStream(bytes));
    }

    static String refusal(byte[] bytes) {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> read(bytes));
        return e.violations().get(0).messageKey() + " " + e.violations().get(0).args();
    }

    static final String HEADER = "title,lead_body_type,lead_body_code,summary\r\n";

    @Test
    void aUtf8CsvWithAByteOrderMarkIsRead() throws Exception {
        List<Map<String, String>> rows = read(("\uFEFF" + HEADER + "\"Padró, digital\",municipality,25217,Resum\r\n"
                + "Un altre,municipality,08019,\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, rows.size());
        assertEquals("Padró, digital", rows.get(0).get("title"));
        assertEquals("08019", rows.get(1).get("lead_body_code"));
    }

    @Test
    void badFilesAreRefusedAsAWhole() {
        byte[] latin1 = (HEADER + "Padró,municipality,25217,x\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("validation.import.encoding [2]", refusal(latin1));
        assertTrue(refusal("%PDF-1.7\0\0binary".getBytes(StandardCharsets.ISO_8859_1)).startsWith("validation.import."));
        assertTrue(refusal("title,colour\r\nx,blue\r\n".getBytes(StandardCharsets.UTF_8)).startsWith("validation.import.unknownColumn [colour]"));
        assertTrue(refusal("title,summary\r\nx,y\r\n".getBytes(StandardCharsets.UTF_8)).startsWith("validation.import.columns [lead_body_type, lead_body_code]"));
        assertEquals("validation.import.empty []", refusal(HEADER.getBytes(StandardCharsets.UTF_8)));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= 10_000; i++) {
            many.append("Row ").append(i).append(",municipality,25217,x\r\n");
        }
        assertEquals("validation.import.tooManyRows [10000]", refusal(many.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("validation.import.tooBig [10]", refusal(new byte[SpreadsheetFile.MAX_BYTES + 1]));
        byte[] zipNotXlsx = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        assertEquals("validation.import.notSpreadsheet []", refusal(zipNotXlsx));
    }

    @Test
    void anXlsxIsReadFromItsFirstSheetWithFormulasKeptToBeRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet s = book.createSheet("sheets");
            XSSFRow h = s.createRow(0);
            String[] head = {"title", "lead_body_type", "lead_body_code", "savings_euros_year"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            XSSFRow r = s.createRow(1);
            r.createCell(0).setCellValue("Padró digital per a tothom");
            r.createCell(1).setCellValue("municipality");
            r.createCell(2).setCellValue("25217");
            r.createCell(3).setCellValue(4500.5);
            XSSFRow f = s.createRow(2);
            f.createCell(0).setCellValue("Amb una fórmula a dins");
            f.createCell(3).setCellFormula("SUM(1,2)");
            book.write(out);
        }
        List<Map<String, String>> rows = read(out.toByteArray());
        assertEquals(2, rows.size());
        assertEquals("4500.5", rows.get(0).get("savings_euros_year"));
        assertEquals("=SUM(1,2)", rows.get(1).get("savings_euros_year"));
    }
}
