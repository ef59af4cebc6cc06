package cat.digicanvis.portal.domain.model.forum;

import cat.digicanvis.portal.domain.model.account.Handles;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a post mentions: {@code @handle} as a word of its own, outside code (fenced blocks, indented
 * blocks and inline code are examples, not mentions) and not inside an email address.
 */
public final class Mentions {

    private static final Pattern FENCED = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?(?:^ {0,3}\\1[^\\n]*$|\\z)");
    private static final Pattern INDENTED = Pattern.compile("(?m)^(?: {4}|\\t).*$");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)[^`]*?\\1");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@/-])@([A-Za-z0-9][A-Za-z0-9._-]{0,29})");

    private Mentions() {
    }

    /** The handles mentioned, in lower case, in order of first appearance. */
    public static Set<String> in(String markdown) {
        Set<String> out = new LinkedHashSet<>();
        if (markdown == null || markdown.indexOf('@') < 0) {
            return out;
        }
        String text = FENCED.matcher(markdown).replaceAll(" ");
        text = INDENTED.matcher(text).replaceAll(" ");
        text = INLINE_CODE.matcher(text).replaceAll(" ");
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            // a sentence may end right after the handle: "ask @nuria.puig."
            String h = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+$", "");
            if (Handles.VALID.matcher(h).matches()) {
                out.add(h);
            }
        }
        return out;
    }
}
