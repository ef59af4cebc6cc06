package cat.digicanvis.portal.application.statistics;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cat.digicanvis.portal.domain.shared.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The public statistics: the sheets' figures are counted from the in-memory catalogue (no query per chart);
 * the forum's and the requests' activity by month take one grouped query each.
 */
@ApplicationScoped
public class StatisticsService {

    /** Months shown for the forum and the requests, this one included. */
    public static final int MONTHS = 12;

    @Inject
    CatalogueService catalogue;
    @Inject
    ForumRepository forum;
    @Inject
    ContactRequestRepository requests;

    /** The sheets' charts, in the page's order. */
    public List<Chart> sheets() {
        return sheets(catalogue.all());
    }

    /** The same figures for any set of entries (the catalogue's, or a test's). */
    static List<Chart> sheets(Collection<CatalogueEntry> all) {
        List<Chart> out = new ArrayList<>();
        out.add(counts("area", codes(Area.values()), all, e -> e.areas().stream().map(Codes::code).toList()));
        out.add(counts("typology", codes(Typology.values()), all, e -> e.typologies().stream().map(Codes::code).toList()));
        out.add(counts("phase", codes(Phase.values()), all, e -> e.phase() == null ? List.of() : List.of(Codes.code(e.phase()))));
        out.add(counts("scope", List.of("km0", "foreign"), all, e -> List.of(e.lead().km0() ? "km0" : "foreign")));
        out.add(counts("band", bands(), all, e -> List.of(e.band().code())));
        out.add(byCount(counts("province", List.of(), all,
                e -> e.lead().km0() && e.lead().provinceCode() != null ? List.of(e.lead().provinceCode()) : List.of())));
        out.add(byCount(counts("comarca", List.of(), all,
                e -> e.lead().km0() && e.lead().comarcaCode() != null ? List.of(e.lead().comarcaCode()) : List.of())));
        out.add(byCode(counts("startYear", List.of(), all,
                e -> e.startYear() == null ? List.of() : List.of(String.valueOf(e.startYear())))));
        out.add(sums("savingsEurosByArea", Chart.Unit.EUROS, codes(Area.values()), all,
                e -> e.areas().stream().map(Codes::code).toList(), CatalogueEntry::savingsEurosYear));
        out.add(sums("savingsEurosByBand", Chart.Unit.EUROS, bands(), all, e -> List.of(e.band().code()),
                CatalogueEntry::savingsEurosYear));
        out.add(sums("savingsHoursByArea", Chart.Unit.HOURS, codes(Area.values()), all,
                e -> e.areas().stream().map(Codes::code).toList(), CatalogueEntry::savingsHoursYear));
        out.add(sums("savingsHoursByBand", Chart.Unit.HOURS, bands(), all, e -> List.of(e.band().code()),
                CatalogueEntry::savingsHoursYear));
        return out;
    }

    /** Topics and replies made visible per month, over the last {@link #MONTHS} months. */
    @Transactional
    public Chart forumByMonth() {
        YearMonth first = YearMonth.from(Clock.now()).minusMonths(MONTHS - 1L);
        Map<String, double[]> months = months(first, 2);
        for (long[] r : forum.activityByMonth(first.atDay(1).atStartOfDay())) {
            double[] v = months.get(YearMonth.of((int) r[0], (int) r[1]).toString());
            if (v != null) {
                v[0] += r[2];
                v[1] += r[3];
            }
        }
        return new Chart("forum", Chart.Unit.POSTS, List.of("topics", "replies"), rows(months));
    }

    /** Contact, visit and collaboration requests sent per month, over the last {@link #MONTHS} months. */
    @Transactional
    public Chart requestsByMonth() {
        YearMonth first = YearMonth.from(Clock.now()).minusMonths(MONTHS - 1L);
        Map<String, double[]> months = months(first, RequestKind.values().length);
        for (long[] r : requests.sentByMonth(first.atDay(1).atStartOfDay())) {
            double[] v = months.get(YearMonth.of((int) r[0], (int) r[1]).toString());
            if (v != null) {
                v[(int) r[2]] += r[3];
            }
        }
        return new Chart("requests", Chart.Unit.REQUESTS,
                java.util.Arrays.stream(RequestKind.values()).map(Codes::code).toList(), rows(months));
    }

    private static Map<String, double[]> months(YearMonth first, int series) {
        Map<String, double[]> months = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            months.put(first.plusMonths(i).toString(), new double[series]);
        }
        return months;
    }

    private static List<Chart.Row> rows(Map<String, double[]> values) {
        return values.entrySet().stream().map(e -> new Chart.Row(e.getKey(), e.getValue())).toList();
    }

    /** Sheets per value; a sheet with two areas counts in both. Fixed codes keep their order and zeros. */
    private static Chart counts(String id, List<String> fixed, Collection<CatalogueEntry> all,
                                Function<CatalogueEntry, List<String>> values) {
        return sums(id, Chart.Unit.SHEETS, fixed, all, values, e -> 1.0);
    }

    private static Chart sums(String id, Chart.Unit unit, List<String> fixed, Collection<CatalogueEntry> all,
                              Function<CatalogueEntry, List<String>> values, Function<CatalogueEntry, Double> amount) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        fixed.forEach(c -> sums.put(c, new double[1]));
        for (CatalogueEntry e : all) {
            Double a = amount.apply(e);
            if (a == null) {
                continue;
            }
            for (String v : values.apply(e)) {
                sums.computeIfAbsent(v, k -> new double[1])[0] += a;
            }
        }
        return new Chart(id, unit, List.of(unit == Chart.Unit.SHEETS ? "sheets" : unit.name().toLowerCase()), rows(sums));
    }

    private static Chart byCount(Chart c) {
        return sorted(c, Comparator.comparingDouble((Chart.Row r) -> -r.values()[0]).thenComparing(Chart.Row::code));
    }

    private static Chart byCode(Chart c) {
        return sorted(c, Comparator.comparing(Chart.Row::code));
    }

    private static Chart sorted(Chart c, Comparator<Chart.Row> order) {
        return new Chart(c.id(), c.unit(), c.series(), c.rows().stream().sorted(order).toList());
    }

    private static List<String> codes(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(Codes.code((Enum) v));
        }
        return out;
    }

    private static List<String> bands() {
        return java.util.Arrays.stream(PopulationBand.values()).map(PopulationBand::code).toList();
    }
}
