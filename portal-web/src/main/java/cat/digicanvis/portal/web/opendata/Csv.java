package cat.digicanvis.portal.web.opendata;

import java.util.List;

/** CSV per RFC 4180: fields quoted when needed, CRLF line ends, and never read as a formula by a spreadsheet. */
public final class Csv {

    private Csv() {
    }

    /**
     * A text field. One that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a
     * carriage return) gets a leading apostrophe, which spreadsheets show as text and the import takes away.
     */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String v = cat.digicanvis.portal.application.opendata.SheetRows.FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** A number as spreadsheets and programs read it: a dot, no grouping; empty when unknown. */
    public static String number(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    public static String line(List<String> fields) {
        return String.join(",", fields) + "\r\n";
    }
}
