package cat.digicanvis.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.digicanvis.portal.web.support.Pages;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class LanguageServletTest {

    @Test
    void onlyLocalPathsAreFollowedBack() {
        assertEquals("/project/list.xhtml?area=x", Pages.safeBack("/project/list.xhtml?area=x"));
        assertEquals("/", Pages.safeBack("//evil.example/"));
        assertEquals("/", Pages.safeBack("https://evil.example/"));
        assertEquals("/", Pages.safeBack("/\\evil.example"));
        assertEquals("/", Pages.safeBack("/a\r\nSet-Cookie: x=y"));
        assertEquals("/", Pages.safeBack(null));
        assertEquals("/", Pages.safeBack("/a\\b"));
    }

    /** A query string as a parameter map (test helper). */
    public static Map<String, String[]> split(String qs) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String pair : qs.split("&")) {
            int eq = pair.indexOf('=');
            String k = pair.substring(0, eq);
            String v = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.merge(k, new String[] {v}, (a, b) -> {
                String[] c = java.util.Arrays.copyOf(a, a.length + 1);
                c[a.length] = b[0];
                return c;
            });
        }
        return out;
    }
}
