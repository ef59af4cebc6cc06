package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Forwarded headers are believed from the configured proxies only. */
class ClientAddressTest {

    /** A request as the container gives it: its connection's address and some headers. */
    static HttpServletRequest request(String remote, boolean tls, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "isSecure" -> tls;
                    case "getHeader" -> headers.get((String) a[0]);
                    default -> null;
                });
    }

    static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

    @Test
    void aClientCannotNameItselfOtherwise() {
        HttpServletRequest direct = request("203.0.113.9", false, Map.of("X-Forwarded-For", "198.51.100.1",
                "X-Forwarded-Proto", "https"));
        assertEquals("203.0.113.9", ClientAddress.of(direct, PROXIES));
        assertFalse(ClientAddress.secure(direct, PROXIES));
        assertEquals("203.0.113.9", ClientAddress.of(direct, Set.of()));
    }

    @Test
    void behindTheProxiesTheLastAddressTheyDidNotWriteCounts() {
        // the client wrote "1.2.3.4" itself; the first proxy saw 198.51.100.7; the second proxy saw the first
        HttpServletRequest r = request("10.0.0.2", false, Map.of("X-Forwarded-For", "1.2.3.4, 198.51.100.7, 10.0.0.3",
                "X-Forwarded-Proto", "https"));
        assertEquals("198.51.100.7", ClientAddress.of(r, PROXIES));
        assertTrue(ClientAddress.secure(r, PROXIES));
        assertEquals("10.0.0.2", ClientAddress.of(request("10.0.0.2", false, Map.of()), PROXIES));
        assertTrue(ClientAddress.secure(request("203.0.113.9", true, Map.of()), PROXIES), "TLS to the portal itself");
        assertTrue(ClientAddress.of(request("10.0.0.2", false, Map.of("X-Forwarded-For", "x".repeat(500))), PROXIES)
                .length() <= 64);
    }
}
