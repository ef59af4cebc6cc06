package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.application.statistics.Chart;
import cat.digicanvis.portal.application.statistics.StatisticsService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.model.request.RequestStatus;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' figures on requests: how many of each kind are in each state, how long the receiving
 * bodies take to give a first answer (the median, in hours), and how requests ended, month by month.
 */
@ApplicationScoped
public class RequestStatistics {

    /** The ways a forwarded request ends, in the outcomes chart's order. */
    static final List<RequestStatus> OUTCOMES = List.of(RequestStatus.HELD, RequestStatus.NOT_HELD,
            RequestStatus.DECLINED, RequestStatus.CANCELLED);

    @Inject
    ContactRequestRepository requests;

    /** The median time to the first answer and how many requests it is taken over. */
    public record AnswerTime(Double medianHours, int answered) {
    }

    /** Rows: kinds of request; series: states. */
    @Transactional
    public Chart states(Actor actor) {
        actor.require(actor.mayAdminister(), "admin.requestStats");
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RequestKind k : RequestKind.values()) {
            rows.put(Codes.code(k), new double[RequestStatus.values().length]);
        }
        for (long[] c : requests.countsByKindAndStatus()) {
            rows.get(Codes.code(RequestKind.values()[(int) c[0]]))[(int) c[1]] += c[2];
        }
        return new Chart("requestStates", Chart.Unit.REQUESTS,
                Arrays.stream(RequestStatus.values()).map(Codes::code).toList(), rows(rows));
    }

    /** Rows: the last twelve months; series: held, not held, declined, cancelled (by the month they ended). */
    @Transactional
    public Chart outcomes(Actor actor) {
        actor.require(actor.mayAdminister(), "admin.requestStats");
        YearMonth first = YearMonth.from(Clock.now()).minusMonths(StatisticsService.MONTHS - 1L);
        Map<String, double[]> months = new LinkedHashMap<>();
        for (int i = 0; i < StatisticsService.MONTHS; i++) {
            months.put(first.plusMonths(i).toString(), new double[OUTCOMES.size()]);
        }
        for (long[] r : requests.closedByMonth(first.atDay(1).atStartOfDay())) {
            int series = OUTCOMES.indexOf(RequestStatus.values()[(int) r[2]]);
            double[] v = months.get(YearMonth.of((int) r[0], (int) r[1]).toString());
            if (v != null && series >= 0) {
                v[series] += r[3];
            }
        }
        return new Chart("requestOutcomes", Chart.Unit.REQUESTS, OUTCOMES.stream().map(Codes::code).toList(),
                rows(months));
    }

    /** The median time from forwarding to the receiving body's first answer. */
    @Transactional
    public AnswerTime answerTime(Actor actor) {
        actor.require(actor.mayAdminister(), "admin.requestStats");
        double[] hours = requests.answerTimes().stream().mapToDouble(t -> Math.max(0, t[1] - t[0]) / 3600.0)
                .sorted().toArray();
        return new AnswerTime(median(hours), hours.length);
    }

    static Double median(double[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static List<Chart.Row> rows(Map<String, double[]> values) {
        return values.entrySet().stream().map(e -> new Chart.Row(e.getKey(), e.getValue())).toList();
    }
}
