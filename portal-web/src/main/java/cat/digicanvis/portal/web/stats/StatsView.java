package cat.digicanvis.portal.web.stats;

import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.application.statistics.Chart;
import cat.digicanvis.portal.application.statistics.StatisticsService;
import cat.digicanvis.portal.web.i18n.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public statistics page (stats.xhtml): each chart with its data table and its CSV download. Charts are
 * drawn by PrimeFaces' chart component (Chart.js) from a configuration made here; the tables come first for
 * readers without JavaScript or sight.
 */
@Named
@RequestScoped
public class StatsView {

    /** A chart as the page shows it. */
    public record ChartView(String id, String title, String column, List<String> series, List<Row> rows,
                            String config, boolean noData) {
    }

    public record Row(String label, List<String> values) {
    }

    /** Charts whose many rows read better as horizontal bars. */
    private static final Set<String> HORIZONTAL = Set.of("area", "typology", "band", "comarca", "savingsEurosByArea",
            "savingsEurosByBand", "savingsHoursByArea", "savingsHoursByBand");
    private static final String[] COLOURS = {"#0b5cad", "#8a1538", "#1d6b35"};

    @Inject
    StatisticsService statistics;
    @Inject
    CatalogueService catalogue;
    @Inject
    ReferenceService reference;
    @Inject
    LocaleView localeView;

    private List<Chart> sheets;

    /** A chart by its id, for the CSV download. */
    static Optional<Chart> chart(StatisticsService statistics, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return switch (id) {
            case "forum" -> Optional.of(statistics.forumByMonth());
            case "requests" -> Optional.of(statistics.requestsByMonth());
            default -> statistics.sheets().stream().filter(c -> c.id().equals(id)).findFirst();
        };
    }

    private List<Chart> sheetCharts() {
        if (sheets == null) {
            sheets = statistics.sheets();
        }
        return sheets;
    }

    public int getTotal() {
        return catalogue.size();
    }

    /** The charts of a section: "sheets", "savings" or "activity". */
    public List<ChartView> section(String name) {
        List<Chart> charts = switch (name) {
            case "sheets" -> sheetCharts().stream().filter(c -> c.unit() == Chart.Unit.SHEETS).toList();
            case "savings" -> sheetCharts().stream().filter(c -> c.unit() != Chart.Unit.SHEETS).toList();
            default -> List.of(statistics.forumByMonth(), statistics.requestsByMonth());
        };
        return views(charts);
    }

    /** Charts as the page shows them: titles, labels and values in the reader's language, with their config. */
    public List<ChartView> views(List<Chart> charts) {
        StatsTables tables = new StatsTables(localeView.getLocale(), reference);
        List<ChartView> out = new ArrayList<>();
        for (Chart c : charts) {
            StatsTables.Table t = tables.of(c);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < t.labels().size(); i++) {
                List<String> values = new ArrayList<>();
                for (double v : t.values()[i]) {
                    values.add(tables.format(v, c.unit()));
                }
                rows.add(new Row(t.labels().get(i), values));
            }
            out.add(new ChartView(c.id(), t.title(), t.column(), t.series(), rows, config(c, t), c.rows().isEmpty()
                    || c.rows().stream().allMatch(r -> java.util.Arrays.stream(r.values()).allMatch(v -> v == 0))));
        }
        return out;
    }

    /** How many sheets declare savings in euros and in hours. */
    public long[] getDeclaring() {
        long euros = catalogue.all().stream().filter(e -> e.savingsEurosYear() != null).count();
        long hours = catalogue.all().stream().filter(e -> e.savingsHoursYear() != null).count();
        return new long[] {euros, hours};
    }

    /** Chart.js's configuration: data only, no functions, so that it is plain JSON under the strict policy. */
    private String config(Chart c, StatsTables.Table t) {
        boolean months = c.unit() == Chart.Unit.POSTS || c.unit() == Chart.Unit.REQUESTS;
        boolean horizontal = HORIZONTAL.contains(c.id());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        t.labels().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < t.series().size(); s++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (double[] row : t.values()) {
                data.add(row[s]);
            }
            String colour = COLOURS[s % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", t.series().get(s)).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour).add("borderWidth", months ? 2 : 0));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("locale", localeView.getLocale().toLanguageTag())
                .add("indexAxis", horizontal ? "y" : "x")
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", t.series().size() > 1))
                        .add("title", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder()
                        .add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder().add("type", months ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
