package cat.digicanvis.portal.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional GET for the REST API: a successful answer gets an ETag made from its bytes, and a request that
 * names that ETag in If-None-Match gets 304 without the body. Answers may depend on who asks (a member sees more),
 * so they are private to the client and revalidated every time.
 */
public class ApiETagFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        PageCacheFilter.Capture capture = new PageCacheFilter.Capture(resp);
        chain.doFilter(req, capture);
        byte[] body = capture.body();
        if (capture.status == 200 && !resp.isCommitted()) {
            String etag = "\"" + hash(body) + "\"";
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", "private, no-cache");
            String match = req.getHeader("If-None-Match");
            if (match != null && Conditional.matches(match, etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        if (!resp.isCommitted()) {
            resp.setContentLength(body.length);
        }
        resp.getOutputStream().write(body);
    }

    static String hash(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
