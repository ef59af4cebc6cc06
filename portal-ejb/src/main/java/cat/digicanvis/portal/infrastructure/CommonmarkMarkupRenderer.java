package cat.digicanvis.portal.infrastructure;

import cat.digicanvis.portal.application.text.MarkupRenderer;
import jakarta.enterprise.context.ApplicationScoped;

/** The portal's Markdown renderer and sanitiser behind the application's contract. */
@ApplicationScoped
public class CommonmarkMarkupRenderer implements MarkupRenderer {

    @Override
    public String toSafeHtml(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }
}
