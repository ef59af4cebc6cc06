package cat.digicanvis.portal.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Conditional GET (RFC 9110): a response's ETag and Last-Modified, and a 304 when the client's copy is current.
 * The ETag names the catalogue's version and the request, so any change to a sheet gives new ETags.
 */
public final class Conditional {

    private Conditional() {
    }

    /** Sets the validators; true when the client's copy is current (the 304 is sent, nothing else to write). */
    public static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, Instant changed) {
        Instant lastModified = changed.truncatedTo(ChronoUnit.SECONDS);
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        resp.setHeader("Cache-Control", "public, max-age=60, must-revalidate");
        String match = req.getHeader("If-None-Match");
        boolean current;
        if (match != null) {
            current = matches(match, etag);
        } else {
            long since = -1;
            try {
                since = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                since = -1;
            }
            current = since >= 0 && lastModified.toEpochMilli() <= since;
        }
        if (current) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    /** Whether an If-None-Match header names this ETag (weak comparison, RFC 9110 13.1.2). */
    public static boolean matches(String header, String etag) {
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /** A weak ETag for the catalogue's version and one representation of one request. */
    public static String etag(long version, String representation) {
        return "W/\"c" + version + "-" + Integer.toHexString(representation.hashCode()) + "\"";
    }
}
