package cat.digicanvis.portal.infrastructure;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns an author's Markdown into HTML that is safe to show: raw HTML in the source is escaped by the
 * renderer, and the result still goes through an allow-list sanitiser (formatting, lists, tables and
 * http(s) links that open no window of ours to the target).
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "pre", "code", "hr", "br")
                    .allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private MarkdownRenderer() {
    }

    /** Safe HTML for the text, or an empty string for none. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return POLICY.sanitize(html);
    }

}
