package cat.digicanvis.portal.web.stats;

import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.application.statistics.Chart;
import cat.digicanvis.portal.application.statistics.StatisticsService;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.opendata.Csv;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One chart of the statistics page as CSV (RFC 4180, UTF-8): {@code /stats.csv?chart=area&lang=ca}. Labels are in
 * the asked language (else the reader's); values are plain numbers with a dot, as spreadsheets read them.
 */
@WebServlet("/stats.csv")
public class StatsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatisticsService statistics;
    @Inject
    transient ReferenceService reference;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = locale(req);
        Optional<Chart> chart = StatsView.chart(statistics, req.getParameter("chart"));
        if (chart.isEmpty() || !languageKnown(req)) {
            cat.digicanvis.portal.web.support.Messages.refuse(resp, 404, Languages.text(locale, "stats.unknownChart"));
            return;
        }
        write(resp, new StatsTables(locale, reference).of(chart.get()), locale, "public, max-age=300");
    }

    /** The language asked for ({@code lang}), else the reader's. */
    static Locale locale(HttpServletRequest req) {
        String lang = req.getParameter("lang");
        return lang != null && Languages.SUPPORTED.contains(lang) ? Locale.forLanguageTag(lang) : Languages.resolve(req);
    }

    /** No {@code lang}, or one of the portal's. */
    static boolean languageKnown(HttpServletRequest req) {
        String lang = req.getParameter("lang");
        return lang == null || Languages.SUPPORTED.contains(lang);
    }

    /** A table as CSV: the row labels' column, one column per series, values as plain numbers. */
    static void write(HttpServletResponse resp, StatsTables.Table t, Locale locale, String cacheControl)
            throws IOException {
        resp.setContentType("text/csv;charset=UTF-8");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Content-Disposition", "attachment; filename=\"digicanvis-" + t.id() + "-" + locale.getLanguage() + ".csv\"");
        resp.setHeader("Cache-Control", cacheControl);
        PrintWriter w = resp.getWriter();
        List<String> header = new ArrayList<>(List.of(Csv.text(t.column())));
        t.series().forEach(s -> header.add(Csv.text(s)));
        w.write(Csv.line(header));
        for (int i = 0; i < t.labels().size(); i++) {
            List<String> row = new ArrayList<>(List.of(Csv.text(t.labels().get(i))));
            for (double v : t.values()[i]) {
                row.add(Csv.number(BigDecimal.valueOf(v)));
            }
            w.write(Csv.line(row));
        }
    }
}
