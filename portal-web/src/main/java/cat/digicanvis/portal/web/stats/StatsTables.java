package cat.digicanvis.portal.web.stats;

import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.application.statistics.Chart;
import cat.digicanvis.portal.web.i18n.Languages;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's figures as a table in one language: the row labels (an area's name, a comarca's, a month), the
 * series' names and the values. The page's tables and charts and the CSV downloads are all made from this, so
 * they cannot disagree.
 */
public final class StatsTables {

    /** A labelled table: {@code values[row][series]}. */
    public record Table(String id, String title, String column, List<String> series, List<String> labels,
                        double[][] values, Chart.Unit unit) {
    }

    private final Locale locale;
    private final ReferenceService reference;

    public StatsTables(Locale locale, ReferenceService reference) {
        this.locale = locale;
        this.reference = reference;
    }

    public Table of(Chart c) {
        List<String> labels = new ArrayList<>();
        double[][] values = new double[c.rows().size()][];
        for (int i = 0; i < c.rows().size(); i++) {
            labels.add(label(c.id(), c.rows().get(i).code()));
            values[i] = c.rows().get(i).values();
        }
        List<String> series = c.series().stream().map(s -> text("stats.series." + s)).toList();
        return new Table(c.id(), text("stats.chart." + c.id()), text("stats.column." + column(c.id())), series, labels,
                values, c.unit());
    }

    /** The column a chart's rows are named in: savings by area are rows of areas. */
    static String column(String chartId) {
        return switch (chartId) {
            case "savingsEurosByArea", "savingsHoursByArea" -> "area";
            case "savingsEurosByBand", "savingsHoursByBand" -> "band";
            case "forum", "requests", "requestOutcomes" -> "month";
            case "requestStates" -> "requestKind";
            default -> chartId;
        };
    }

    private String label(String chartId, String code) {
        return switch (column(chartId)) {
            case "area" -> text("area." + code);
            case "typology" -> text("typology." + code);
            case "phase" -> text("phase." + code);
            case "band" -> text("band." + code);
            case "scope" -> text("scope." + code);
            case "province" -> reference.provinceName(code);
            case "comarca" -> reference.comarcaName(code);
            case "requestKind" -> text("request.kind." + code.toUpperCase(Locale.ROOT));
            case "month" -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(code));
            default -> code;
        };
    }

    /** A value as the page writes it (grouping, no decimals for counts, one for hours, none for euros). */
    public String format(double v, Chart.Unit unit) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(unit == Chart.Unit.HOURS ? 1 : 0);
        return f.format(v);
    }

    private String text(String key) {
        return Languages.text(locale, key);
    }
}
