package cat.digicanvis.portal.application.text;

/**
 * Turns what people write (Markdown) into HTML that is safe to show. The application owns this contract;
 * the infrastructure implements it with a Markdown parser and an allow-list sanitiser.
 */
public interface MarkupRenderer {

    /** Safe HTML for the text, or an empty string for none. */
    String toSafeHtml(String markdown);
}
