package cat.digicanvis.launcher;

import java.net.CookieHandler;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cookies kept and sent back as a browser does (RFC 6265: the value as the server set it, "name=value; ..."),
 * for one site. Java's {@link java.net.CookieManager} sends RFC 2965 cookies instead, quoting values that hold a
 * colon ({@code JSESSIONIDVERSION="2f:1"}), which no browser does and which Payara's replicated sessions do not read
 * (the node then takes its session for stale, and a form's view-scoped state is lost). The benchmarks' clients and
 * the cluster test use it.
 */
final class BrowserCookies extends CookieHandler {

    private final Map<String, String> jar = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (jar.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "))));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String v : values) {
                    String pair = v.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String key = pair.substring(0, eq).strip();
                    if (v.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                        jar.remove(key);
                    } else {
                        jar.put(key, pair.substring(eq + 1).strip());
                    }
                }
            }
        });
    }
}
