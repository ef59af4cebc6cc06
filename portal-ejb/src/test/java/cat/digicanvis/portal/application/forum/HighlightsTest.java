package cat.digicanvis.portal.application.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void marksWordsWhateverTheirAccentsCaseAndEnding() {
        Highlights h = new Highlights("participacio TRAMITS");
        assertEquals("La <mark>participació</mark> i els <mark>tràmits</mark> en línia",
                h.mark("La participació i els tràmits en línia"));
        assertEquals("<mark>Tràmit</mark> únic", h.mark("Tràmit únic"), "the stem finds the singular");
        assertFalse(h.found("Res a veure amb això"));
        assertTrue(h.found("PARTICIPACIONS"));
    }

    @Test
    void escapesWhatItDoesNotMark() {
        Highlights h = new Highlights("padró");
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; <mark>padró</mark> &amp; &quot;cens&quot;",
                h.mark("<script>alert(1)</script> padró & \"cens\""));
    }

    @Test
    void aSnippetIsCutAroundTheFirstMatchAtWordBoundaries() {
        String text = "Primer paràgraf molt llarg sense res d'interès. ".repeat(10)
                + "Aquí parlem de **teleassistència** amb sensors. " + "I després continua el text. ".repeat(10);
        String s = new Highlights("teleassistencia").snippet(text, 120);
        assertTrue(s.startsWith("… "), s);
        assertTrue(s.endsWith(" …"), s);
        assertTrue(s.contains("<mark>teleassistència</mark>"), s);
        assertFalse(s.contains("**"), "Markdown's marks are left out: " + s);
        assertTrue(s.length() < 220, s);
        assertEquals("Curt.", new Highlights("res").snippet("Curt.", 120), "no match: the beginning");
    }
}
