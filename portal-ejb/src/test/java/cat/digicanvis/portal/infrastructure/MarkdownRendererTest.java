package cat.digicanvis.portal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void formattingAndLinksSurvive() {
        String html = MarkdownRenderer.toSafeHtml("**Negreta** i [web](https://www.aoc.cat)\n\n- u\n- dos");
        assertTrue(html.contains("<strong>Negreta</strong>"), html);
        assertTrue(html.contains("href=\"https://www.aoc.cat\""), html);
        assertTrue(html.matches("(?s).*rel=\"[a-z ]*nofollow[a-z ]*\".*") && html.contains("noopener"), html);
        assertTrue(html.contains("<li>dos</li>"), html);
    }

    @Test
    void scriptsHandlersAndBadSchemesAreRemoved() {
        String html = MarkdownRenderer.toSafeHtml("<script>alert(1)</script><img src=x onerror=alert(1)>"
                + "[x](javascript:alert(1)) <a href=\"https://e.org\" onclick=\"steal()\">a</a>");
        // raw HTML is shown as text, never as markup
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("onclick=") || html.contains("onerror="), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", MarkdownRenderer.toSafeHtml(null));
        assertEquals("", MarkdownRenderer.toSafeHtml("  "));
    }
}
