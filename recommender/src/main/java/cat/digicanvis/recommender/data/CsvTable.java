package cat.digicanvis.recommender.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * A CSV file with a header row (RFC 4180: quotes, doubled quotes, commas and line breaks inside quotes).
 * Every row must have as many fields as the header; a row that does not is reported with its line number.
 */
public final class CsvTable {

    private final String name;
    private final List<String> header;
    private final List<List<String>> rows;
    private final List<Integer> lines;

    private CsvTable(String name, List<String> header, List<List<String>> rows, List<Integer> lines) {
        this.name = name;
        this.header = List.copyOf(header);
        this.rows = rows;
        this.lines = lines;
    }

    public static CsvTable read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.getFileName().toString(), in);
        }
    }

    public static CsvTable parse(String name, Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int ch;
        while ((ch = in.read()) != -1) {
            char c = (char) ch;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (fieldStarted && field.length() > 0) {
                        throw new DataFormatException(name, line, "a quote in the middle of an unquoted field");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                }
                case '\r' -> {
                    // CRLF: the \n ends the record
                }
                case '\n' -> {
                    if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
                        record.add(field.toString());
                        records.add(record);
                        startLines.add(recordLine);
                    }
                    record = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(c);
                    fieldStarted = true;
                }
            }
        }
        if (quoted) {
            throw new DataFormatException(name, recordLine, "a quoted field is not closed");
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            startLines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw new DataFormatException(name, 0, "the file is empty (a header row is required)");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        if (header.stream().anyMatch(String::isEmpty) || header.stream().distinct().count() != header.size()) {
            throw new DataFormatException(name, 1, "the header has an empty or repeated column name");
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != header.size()) {
                throw new DataFormatException(name, startLines.get(i),
                        "expected " + header.size() + " fields, found " + r.size());
            }
            rows.add(r.stream().map(String::strip).toList());
            lines.add(startLines.get(i));
        }
        return new CsvTable(name, header, rows, lines);
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    public int size() {
        return rows.size();
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** The value of a column in row i (0-based data row). */
    public String get(int row, String column) {
        int c = header.indexOf(column);
        if (c < 0) {
            throw new DataFormatException(name, 1, "missing column '" + column + "'");
        }
        return rows.get(row).get(c);
    }

    /** The file line where data row i starts, for error messages. */
    public int line(int row) {
        return lines.get(row);
    }

    /** Columns whose every non-empty value (split on '|') is a finite number. */
    public Map<String, Boolean> numericColumns() {
        Map<String, Boolean> out = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            boolean numeric = true;
            boolean any = false;
            for (List<String> r : rows) {
                String v = r.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                for (String part : v.split("\\|")) {
                    any = true;
                    if (!isNumber(part.strip())) {
                        numeric = false;
                        break;
                    }
                }
                if (!numeric) {
                    break;
                }
            }
            out.put(header.get(c), numeric && any);
        }
        return out;
    }

    static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.isEmpty() && !s.equalsIgnoreCase("nan") && !s.toLowerCase(java.util.Locale.ROOT).contains("infinity");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
