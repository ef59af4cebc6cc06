package cat.digicanvis.portal.web.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The import template's example row (a demo sheet, and it says so), as CSV or as an XLSX workbook. */
final class ImportTemplate {

    private ImportTemplate() {
    }

    static Map<String, String> example() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("external_id", "my-council-2026-001");
        e.put("title", "Cita prèvia en línia per al padró (exemple de plantilla)");
        e.put("summary", "Demo: els veïns demanen hora per a tràmits del padró des del web. Substituïu aquesta fila.");
        e.put("lead_body_type", "municipality");
        e.put("lead_body_code", "25217");
        e.put("lead_body_name", "Tàrrega");
        e.put("partners", "Consell Comarcal de l'Urgell [county-council 38]");
        e.put("areas", "services-formalities | citizen-care");
        e.put("typologies", "services");
        e.put("phase", "implemented");
        e.put("start_year", "2024");
        e.put("description", "Què es va fer, per a qui i com (Markdown).");
        e.put("value", "Què hi guanyen els veïns i l'ajuntament.");
        e.put("savings_euros_year", "4500");
        e.put("savings_hours_year", "120.5");
        e.put("savings_method", "Com s'han calculat els estalvis.");
        e.put("barriers", "Què va costar.");
        e.put("benefits", "Què va anar bé.");
        e.put("technology", "Eines i mètode.");
        e.put("technologies", "cita prèvia | padró");
        e.put("materials", "Guia del servei <https://example.org/guia.pdf> (document, ca)");
        return e;
    }

    static void xlsx(List<String> columns, Map<String, String> example, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("sheets");
            Row head = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                head.createCell(i).setCellValue(columns.get(i));
                row.createCell(i).setCellValue(example.getOrDefault(columns.get(i), ""));
            }
            book.write(out);
        }
    }
}
