package cat.digicanvis.portal.application.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * One figure of the statistics page: rows (a code each: an area, a comarca, a month "2026-11") with one value
 * per series (a single "count" for most; topics and replies for the forum).
 */
public record Chart(String id, Unit unit, List<String> series, List<Row> rows) implements Serializable {

    /** What the values are. */
    public enum Unit { SHEETS, EUROS, HOURS, POSTS, REQUESTS }

    public record Row(String code, double[] values) implements Serializable {
    }

    public Chart {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
    }

    /** The sum of the first series, e.g. to check it against the catalogue's total. */
    public double total() {
        return rows.stream().mapToDouble(r -> r.values()[0]).sum();
    }
}
