package cat.digicanvis.portal.web.opendata;

import cat.digicanvis.portal.application.opendata.SheetRows;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded spreadsheet into rows (column name to cell text): CSV in UTF-8 (RFC 4180, a byte-order mark
 * allowed) or XLSX (its first sheet). Whatever is wrong with the file as a whole (not a spreadsheet, too big, not
 * UTF-8, columns missing or unknown, too many rows) is refused before any row is looked at.
 */
public final class SpreadsheetFile {

    public static final int MAX_MB = 10;
    public static final int MAX_BYTES = MAX_MB * 1024 * 1024;

    private SpreadsheetFile() {
    }

    public static List<Map<String, String>> read(String fileName, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refuse("validation.import.tooBig", MAX_MB);
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        List<Map<String, String>> rows = zip ? xlsx(bytes) : csv(bytes);
        if (rows.isEmpty()) {
            throw refuse("validation.import.empty");
        }
        return rows;
    }

    private static List<Map<String, String>> csv(byte[] bytes) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refuse("validation.import.encoding", lineOf(bytes));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0 || !text.contains(",") && !text.contains("\n")) {
            throw refuse("validation.import.notSpreadsheet");
        }
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(false).build())) {
            List<String> header = p.getHeaderNames();
            columns(header);
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                tooMany(rows.size() + 1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    row.put(header.get(i), r.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw refuse("validation.import.unreadable", e.getMessage() == null ? "" : e.getMessage());
        }
    }

    private static List<Map<String, String>> xlsx(byte[] bytes) throws IOException {
        // a zip bomb inside the file is refused by POI's own guard
        ZipSecureFile.setMinInflateRatio(0.01);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                throw refuse("validation.import.empty");
            }
            List<String> header = new ArrayList<>();
            for (Cell c : head) {
                while (header.size() < c.getColumnIndex()) {
                    header.add("");
                }
                header.add(format.formatCellValue(c).strip());
            }
            columns(header.stream().filter(h -> !h.isEmpty()).toList());
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int i = 0; i < header.size(); i++) {
                    Cell c = row.getCell(i);
                    if (header.get(i).isEmpty() || c == null) {
                        continue;
                    }
                    // a formula is kept as written, so that the row is refused with the cell named
                    String v = c.getCellType() == CellType.FORMULA ? "=" + c.getCellFormula() : format.formatCellValue(c);
                    any |= !v.isBlank();
                    cells.put(header.get(i), v);
                }
                if (any) {
                    tooMany(rows.size() + 1);
                    rows.add(cells);
                }
            }
            return rows;
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw refuse("validation.import.notSpreadsheet");
        } catch (RuntimeException e) {
            if (e instanceof RuleViolationException r) {
                throw r;
            }
            throw refuse("validation.import.notSpreadsheet");
        }
    }

    /** The header must have the template's required columns and no column the template does not know. */
    static void columns(List<String> header) {
        Set<String> known = new HashSet<>(SheetRows.COLUMNS);
        known.add(SheetRows.EXTERNAL_ID);
        List<Violation> v = new ArrayList<>();
        for (String h : header) {
            if (!known.contains(h)) {
                v.add(Violation.of("file", "validation.import.unknownColumn", h));
            }
        }
        List<String> missing = SheetRows.REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            v.add(Violation.of("file", "validation.import.columns", String.join(", ", missing)));
        }
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
    }

    private static void tooMany(int rows) {
        if (rows > cat.digicanvis.portal.application.opendata.SheetImportService.MAX_ROWS) {
            throw refuse("validation.import.tooManyRows", cat.digicanvis.portal.application.opendata.SheetImportService.MAX_ROWS);
        }
    }

    /** The line of the first byte that is not UTF-8, for the message. */
    private static int lineOf(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    private static RuleViolationException refuse(String key, Object... args) {
        return new RuleViolationException(Violation.of("file", key, args));
    }
}
