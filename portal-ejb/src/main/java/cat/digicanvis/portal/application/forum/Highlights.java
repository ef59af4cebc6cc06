package cat.digicanvis.portal.application.forum;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a search in a text, as the index found them: accents and case ignored, and a word's
 * inflections matched by its stem (its first letters: "tràmits" finds "tramitació"'s neighbour "tràmit").
 * Returns escaped HTML with {@code <mark>}; snippets are cut around the first match.
 */
public final class Highlights {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_STEM = 4;

    private final List<String> stems = new ArrayList<>();

    public Highlights(String query) {
        Matcher m = WORD.matcher(query == null ? "" : query);
        while (m.find()) {
            String w = fold(m.group());
            if (w.length() >= 3) {
                // inflections share the beginning: keep all but the last two letters, at least four
                stems.add(w.length() <= MIN_STEM ? w : w.substring(0, Math.max(MIN_STEM, w.length() - 2)));
            }
        }
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private boolean matches(String word) {
        String w = fold(word);
        return stems.stream().anyMatch(w::startsWith);
    }

    /** The whole text, escaped, with the matching words marked. */
    public String mark(String text) {
        return mark(text, 0, text == null ? 0 : text.length());
    }

    /**
     * About {@code length} characters of the text around its first matching word (the beginning when none
     * matches), escaped and marked, with an ellipsis where it was cut. Markdown's marks are left out.
     */
    public String snippet(String markdown, int length) {
        String text = markdown == null ? "" : markdown.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\(https?://[^)]*\\)", "")
                .replaceAll("\\s+", " ").strip();
        int first = -1;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (matches(m.group())) {
                first = m.start();
                break;
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - length / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + length);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return (start > 0 ? "… " : "") + mark(text, start, end) + (end < text.length() ? " …" : "");
    }

    /** Whether any word of the text matches the search. */
    public boolean found(String text) {
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            if (matches(m.group())) {
                return true;
            }
        }
        return false;
    }

    private String mark(String text, int start, int end) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text).region(start, end);
        int at = start;
        while (m.find()) {
            if (matches(m.group())) {
                out.append(escape(text.substring(at, m.start()))).append("<mark>").append(escape(m.group())).append("</mark>");
                at = m.end();
            }
        }
        return out.append(escape(text.substring(at, end))).toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
