package cat.digicanvis.portal.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Baseline headers on every answer: no MIME sniffing, no framing by other sites, a strict referrer policy,
 * and a Content-Security-Policy that only allows this site's own resources, with no inline style and no
 * inline script but PrimeFaces' own, which carry the page's nonce (PrimeFaces' CSP mode sends the policy
 * from web.xml with that nonce appended; this filter sends it without one on every other answer, and makes
 * sure an answer never carries two policies, which browsers would both enforce). Pages of a signed-in
 * session are never stored by shared caches. Over HTTPS (or with {@code portal.https}), browsers are told to keep
 * to it (HSTS); a Permissions-Policy turns off the device features the portal never uses.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String CSP = "Content-Security-Policy";

    static final String PERMISSIONS = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()";
    /** A year: browsers keep to HTTPS for that long after each answer. */
    static final long HSTS_SECONDS = 365L * 24 * 3600;

    @jakarta.inject.Inject
    transient cat.digicanvis.portal.infrastructure.config.PortalSettings settings;
    private String policy;

    @Override
    public void init() throws ServletException {
        policy = policy(getServletContext());
    }

    /** The policy without a nonce; pages rendered by PrimeFaces get it with theirs. */
    public static String policy(jakarta.servlet.ServletContext context) {
        return context.getInitParameter("primefaces.CSP_POLICY") + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        // the portal uses none of these; a page of it (or a script slipped into one) may not either
        resp.setHeader("Permissions-Policy", PERMISSIONS);
        if (settings.https() || ClientAddress.secure(req, settings.proxies())) {
            resp.setHeader("Strict-Transport-Security", "max-age=" + HSTS_SECONDS + "; includeSubDomains");
        }
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        resp.setHeader("X-Frame-Options", "SAMEORIGIN");
        boolean file = req.getRequestURI().startsWith(req.getContextPath() + "/files/");
        if (!file) {
            resp.setHeader(CSP, policy);
        }
        // pages of a session may hold personal data; the site's own scripts and styles do not, and stay cacheable
        if (req.getSession(false) != null && !req.getRequestURI().contains("/jakarta.faces.resource/")) {
            resp.setHeader("Cache-Control", "private, no-store");
        }
        chain.doFilter(req, file ? resp : new SinglePolicy(resp));
    }

    /** PrimeFaces adds its policy (with the nonce): it replaces ours instead of joining it. */
    static final class SinglePolicy extends HttpServletResponseWrapper {

        SinglePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
