package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses writes (POST, PUT, DELETE…) that a browser sends from another site: those whose {@code Sec-Fetch-Site}
 * says cross-site, or whose {@code Origin} is neither this request's origin nor the portal's base address. Forms
 * that keep no view state (sign-in, sign-up, a forgotten password, a reset) rely on it against cross-site
 * requests; the others have JSF's view state or the API's token as well. Clients that send neither header (a
 * script, a mail program's one-click unsubscribe) are not browsers acting for someone and pass.
 */
public class SameOriginPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** RFC 8058: mail providers post the one-click unsubscribe from their own servers. */
    private static final Set<String> FROM_ANYWHERE = Set.of("/mail/unsubscribe");

    @Inject
    transient PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(req.getMethod()) || FROM_ANYWHERE.contains(req.getServletPath()) || sameSite(req)) {
            chain.doFilter(req, resp);
            return;
        }
        // said here rather than by the error page, which would take this post for a postback of its own
        resp.setStatus(403);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(Languages.text(Languages.resolve(req), "error.crossSite"));
    }

    boolean sameSite(HttpServletRequest req) {
        String fetchSite = req.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.equalsIgnoreCase("cross-site")) {
            return false;
        }
        String origin = req.getHeader("Origin");
        return origin == null || ours(origin, req, settings);
    }

    /** Whether an origin (scheme://host[:port]) is the portal's: this request's own, or the configured address's. */
    static boolean ours(String origin, HttpServletRequest req, PortalSettings settings) {
        // behind a TLS-terminating proxy the container sees http: the proxy (when trusted) says https
        String scheme = ClientAddress.secure(req, settings.proxies()) ? "https" : req.getScheme();
        return origin.equalsIgnoreCase(scheme + "://" + req.getHeader("Host"))
                || origin.equalsIgnoreCase(origin(settings.baseUrl()));
    }

    /** scheme://host[:port] of an address. */
    static String origin(String url) {
        try {
            URI u = URI.create(url);
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
