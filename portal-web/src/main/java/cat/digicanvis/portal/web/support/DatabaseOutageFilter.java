package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * While the database is away, a request that needs it gets "try again in a moment" at once: a 503 page in the
 * reader's language (with Retry-After), or the API's JSON error, instead of an error page or a trace. Pages kept
 * in the page cache still answer from memory. Mapped after the security headers, before everything else.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.caused(e) || resp.isCommitted()) {
                throw e;
            }
            DatabaseOutage.log(e);
            answer(req, resp);
        }
    }

    /** The 503: JSON for the API, a small page of its own for the rest (the site's template needs the database). */
    static void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = Languages.resolve(req);
        resp.resetBuffer();
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        resp.setHeader("Cache-Control", "no-store");
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith("/api/")) {
            resp.setContentType("application/json;charset=UTF-8");
            resp.getWriter().write("{\"status\":503,\"message\":\"" + json(Languages.text(locale, "outage.text"))
                    + "\",\"errors\":[]}");
            return;
        }
        resp.setContentType("text/html;charset=UTF-8");
        String c = req.getContextPath();
        resp.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + Html.escape(Languages.text(locale, "outage.title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + c + "/jakarta.faces.resource/css/portal.css.xhtml\"/></head>"
                + "<body><main id=\"content\" class=\"wrap\"><h1>" + Html.escape(Languages.text(locale, "outage.title"))
                + "</h1><p id=\"outage\">" + Html.escape(Languages.text(locale, "outage.text")) + "</p><p><a href=\""
                + Html.escape(c + path + (req.getQueryString() == null || !"GET".equals(req.getMethod()) ? ""
                        : "?" + req.getQueryString())) + "\">" + Html.escape(Languages.text(locale, "outage.again"))
                + "</a></p></main></body></html>");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
