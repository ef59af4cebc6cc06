package cat.digicanvis.portal.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Who is asking, as far as the network tells: the connection's address, or, when the connection comes from a
 * configured reverse proxy, the last address in X-Forwarded-For that is not one of the proxies (anything left of
 * it was written by the client and proves nothing). The same for the scheme and X-Forwarded-Proto.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest req, Set<String> proxies) {
        String remote = req.getRemoteAddr();
        if (!proxies.contains(remote)) {
            return remote;
        }
        String forwarded = req.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !proxies.contains(hop)) {
                // bounded, as it becomes a throttle's key
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }

    /** Whether the client reached the portal over HTTPS (directly, or as a trusted proxy says). */
    public static boolean secure(HttpServletRequest req, Set<String> proxies) {
        if (req.isSecure()) {
            return true;
        }
        return proxies.contains(req.getRemoteAddr()) && "https".equalsIgnoreCase(req.getHeader("X-Forwarded-Proto"));
    }
}
