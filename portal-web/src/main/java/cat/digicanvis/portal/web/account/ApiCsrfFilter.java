package cat.digicanvis.portal.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * REST writes need a signed-in session and its CSRF token in the {@code X-CSRF-Token} header (the token is
 * given by {@code GET /api/session}); reads pass. A page of another site cannot read the token, so it cannot
 * forge a write with the visitor's cookie.
 */
public class ApiCsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(req.getMethod()) && !("POST".equals(req.getMethod())
                && req.getRequestURI().equals(req.getContextPath() + "/api/session"))) {
            String sent = req.getHeader(HEADER);
            if (!SessionUser.of(req).map(u -> u.tokenMatches(sent)).orElse(false)) {
                resp.setStatus(403);
                resp.setContentType("application/json");
                resp.getWriter().write("{\"status\":403,\"error\":\"csrf\"}");
                return;
            }
        }
        chain.doFilter(req, resp);
    }
}
