package cat.digicanvis.portal.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Counts every answer and the server errors among them ({@link PortalMetrics}); mapped first in web.xml. */
public class MetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        boolean failed = true;
        try {
            chain.doFilter(req, resp);
            failed = false;
        } finally {
            metrics.answered(failed ? 500 : resp.getStatus());
        }
    }
}
