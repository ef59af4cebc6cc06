package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.request.RequestStatistics;
import cat.digicanvis.portal.application.statistics.Chart;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.i18n.LocaleView;
import cat.digicanvis.portal.web.stats.StatsView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.List;

/**
 * The administrators' statistics on requests (admin/request-stats.xhtml): requests by kind and state, the median
 * time to a first answer, and outcomes per month, each table with its chart and CSV download.
 */
@Named
@RequestScoped
public class RequestStatsView {

    @Inject
    RequestStatistics statistics;
    @Inject
    StatsView charts;
    @Inject
    CurrentUser me;
    @Inject
    LocaleView localeView;

    private List<StatsView.ChartView> views;
    private RequestStatistics.AnswerTime answerTime;

    public List<StatsView.ChartView> getCharts() {
        if (views == null) {
            List<Chart> all = List.of(statistics.states(me.actor()), statistics.outcomes(me.actor()));
            views = charts.views(all);
        }
        return views;
    }

    public RequestStatistics.AnswerTime getAnswerTime() {
        if (answerTime == null) {
            answerTime = statistics.answerTime(me.actor());
        }
        return answerTime;
    }

    /** The median in hours, or in days past two days, as people say it. */
    public String getMedian() {
        Double h = getAnswerTime().medianHours();
        if (h == null) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(localeView.getLocale());
        f.setMaximumFractionDigits(1);
        return h >= 48 ? f.format(h / 24) + " " + cat.digicanvis.portal.web.i18n.Languages.text(localeView.getLocale(), "requestStats.days")
                : f.format(h) + " " + cat.digicanvis.portal.web.i18n.Languages.text(localeView.getLocale(), "requestStats.hours");
    }
}
