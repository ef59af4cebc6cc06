package cat.digicanvis.portal.domain.model.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The handles people are mentioned by in the forum ({@code @nuria.puig}): the display name without accents,
 * in lower case, words joined by dots, 3 to 30 characters; a number follows when the name is taken.
 */
public final class Handles {

    public static final int MAX = 30;
    /** What may follow an @ to be a handle: it starts and ends with a letter or digit. */
    public static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,28}[a-z0-9])?");

    private Handles() {
    }

    /** The handle a display name suggests, before any number is added. */
    public static String base(String displayName) {
        String ascii = Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace("ŀ", "l").replace("Ŀ", "l").toLowerCase(Locale.ROOT);
        String joined = ascii.replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (joined.length() > MAX - 4) {
            joined = joined.substring(0, MAX - 4).replaceAll("\\.+$", "");
        }
        return joined.length() < 3 ? "member" + (joined.isEmpty() ? "" : "." + joined) : joined;
    }

    /** The n-th choice for a base: the base itself, then base2, base3… */
    public static String candidate(String base, int n) {
        return n <= 1 ? base : base + n;
    }
}
