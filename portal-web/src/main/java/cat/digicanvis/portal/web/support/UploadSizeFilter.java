package cat.digicanvis.portal.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form upload larger than the pages accept is answered at once with a page that says so (by a redirect, 303),
 * instead of failing inside the form's parsing with a general error. Nothing of it is kept or stored.
 */
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The Faces servlet's multipart limit for a whole request (web.xml). */
    static final long MAX_REQUEST_BYTES = 25_165_824;
    /**
     * Up to this size the refused body is read and dropped, so that the browser, still sending, gets the page;
     * beyond it the connection is closed at once rather than spend the time.
     */
    static final long MAX_DRAINED_BYTES = 128L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String type = req.getContentType();
        if ("POST".equals(req.getMethod()) && type != null && type.startsWith("multipart/")
                && req.getContentLengthLong() > MAX_REQUEST_BYTES) {
            if (req.getContentLengthLong() <= MAX_DRAINED_BYTES) {
                byte[] sink = new byte[64 * 1024];
                var in = req.getInputStream();
                while (in.read(sink) >= 0) {
                    // dropped
                }
            }
            // a page that says so, reached by GET: rendering it for this POST would parse the refused body again
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/error/413.xhtml");
            resp.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(req, resp);
    }
}
