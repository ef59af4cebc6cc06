package cat.digicanvis.portal.web.stats;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.application.request.RequestStatistics;
import cat.digicanvis.portal.application.statistics.Chart;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.web.account.Sessions;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The administrators' request statistics as CSV: {@code /admin/request-stats.csv?table=states|outcomes&lang=ca}.
 * Private figures: never cached by shared caches, and refused to anyone but an administrator.
 */
@WebServlet("/admin/request-stats.csv")
public class RequestStatsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestStatistics statistics;
    @Inject
    transient ReferenceService reference;
    @Inject
    transient AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = StatsCsvServlet.locale(req);
        Actor actor = Sessions.actor(req, accounts);
        String table = req.getParameter("table");
        Chart chart;
        try {
            chart = "states".equals(table) ? statistics.states(actor)
                    : "outcomes".equals(table) ? statistics.outcomes(actor) : null;
        } catch (AccessDeniedException e) {
            cat.digicanvis.portal.web.support.Messages.refuse(resp, 403, Languages.text(locale, "api.forbidden"));
            return;
        }
        if (chart == null || !StatsCsvServlet.languageKnown(req)) {
            cat.digicanvis.portal.web.support.Messages.refuse(resp, 404, Languages.text(locale, "stats.unknownChart"));
            return;
        }
        StatsCsvServlet.write(resp, new StatsTables(locale, reference).of(chart), locale, "private, no-store");
    }
}
