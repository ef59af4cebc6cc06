package cat.digicanvis.portal.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Baseline headers on every answer: no MIME sniffing, no framing by other sites, a strict referrer policy,
 * and a Content-Security-Policy that only allows this site's own resources, with no inline script or style
 * (the pages use no PrimeFaces widget scripts; video hosts only in frames, which the page adds after the
 * reader clicks). Pages of a signed-in session are never stored by shared caches.
 */

public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        resp.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (!req.getRequestURI().startsWith(req.getContextPath() + "/files/")) {
            resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                    + "style-src 'self'; script-src 'self'; "
                    + "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; "
                    + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'");
        }
        // pages of a session may hold personal data; the site's own scripts and styles do not, and stay cacheable
        if (req.getSession(false) != null && !req.getRequestURI().contains("/jakarta.faces.resource/")) {
            resp.setHeader("Cache-Control", "private, no-store");
        }
        chain.doFilter(req, resp);
    }
}
