package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptFormsTest {

    @Test
    void keepsWhatWasTypedButNotPasswordsTokensOrFacesState() {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("request:message", new String[] {"Voldríem visitar-vos."});
        params.put("request:needs", new String[] {"a", "b"});
        params.put("request:password", new String[] {"secret"});
        params.put("settings:newPassword", new String[] {"secret"});
        params.put("jakarta.faces.ViewState", new String[] {"-123:456"});
        params.put("request", new String[] {"request"});
        params.put("javax.faces.source", new String[] {"x"});
        params.put("primefaces.nonce", new String[] {"n"});
        params.put("form:csrfToken", new String[] {"t"});
        LinkedHashMap<String, String[]> kept = KeptForms.values(params);
        assertEquals(2, kept.size(), kept.keySet().toString());
        assertArrayEquals(new String[] {"Voldríem visitar-vos."}, kept.get("request:message"));
        assertArrayEquals(new String[] {"a", "b"}, kept.get("request:needs"));
    }

    @Test
    void anOversizedPostKeepsOnlyWhatFits() {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            params.put("f:field" + i, new String[] {"x".repeat(1000)});
        }
        LinkedHashMap<String, String[]> kept = KeptForms.values(params);
        assertTrue(kept.size() < 300, "bounded: " + kept.size());
        int chars = kept.values().stream().mapToInt(v -> v[0].length()).sum();
        assertTrue(chars <= KeptForms.MAX_CHARS, "bounded: " + chars);
    }
}
