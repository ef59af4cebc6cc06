package cat.digicanvis.portal.domain.model.account;

import cat.digicanvis.portal.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What a password must be (OWASP ASVS 2.1): at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH} (a slow hash of a huge input is a denial of service), not a commonly used password
 * (nbvcxz's list of leaked passwords), and not built from the user's email or the portal's own words.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> CONTEXT_WORDS = Set.of("digicanvis", "observatori", "observatorio",
            "observatory", "ajuntament", "ayuntamiento", "contrasenya", "contraseña", "password", "catalunya",
            "cataluña", "barcelona", "girona", "lleida", "tarragona");

    private static final class Common {
        static final Map<String, Integer> PASSWORDS = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
    }

    private PasswordPolicy() {
    }

    public static List<Violation> check(String password, String email) {
        List<Violation> v = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            v.add(Violation.of("password", "validation.required"));
            return v;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            v.add(Violation.of("password", "validation.password.short", MIN_LENGTH));
            return v;
        }
        if (length > MAX_LENGTH) {
            v.add(Violation.of("password", "validation.password.long", MAX_LENGTH));
            return v;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            v.add(Violation.of("password", "validation.password.common"));
            return v;
        }
        String local = email == null ? "" : Account.normaliseEmail(email).replaceAll("@.*", "");
        String letters = lower.replaceAll("[^\\p{L}]", "");
        if (local.length() >= 4 && lower.contains(local) || CONTEXT_WORDS.contains(letters)
                || lower.chars().distinct().count() < 4) {
            v.add(Violation.of("password", "validation.password.guessable"));
        }
        return v;
    }

    static boolean isCommon(String lower) {
        return Common.PASSWORDS.containsKey(lower);
    }
}
