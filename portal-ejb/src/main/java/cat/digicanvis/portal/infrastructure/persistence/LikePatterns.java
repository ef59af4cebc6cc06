package cat.digicanvis.portal.infrastructure.persistence;

import java.util.Locale;

/** LIKE patterns from what a person typed: their %, _ and \ match themselves, not anything. */
final class LikePatterns {

    private LikePatterns() {
    }

    /** "%text%" in lower case, for a LOWER(column) LIKE :pattern query. */
    static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    /** "text%" in lower case. */
    static String startingWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
