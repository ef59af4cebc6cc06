package cat.digicanvis.portal.domain.shared;

import java.util.regex.Pattern;

/**
 * The one rule for email addresses typed into the portal (accounts and contact people): exactly one address,
 * a local part of at most 64 characters made of letters, digits and the unquoted specials of RFC 5322's
 * dot-atom, and a domain of labels (letters, digits, hyphens) with a dot. Separators, brackets, quotes and
 * spaces are refused, so that "a@x.cat,b" cannot reach two mailboxes. The verification mail proves the rest.
 */
public final class EmailAddress {

    public static final int MAX = 254;
    private static final Pattern EMAIL = Pattern.compile(
            "^(?=.{1,64}@)[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*"
            + "\\.\\p{L}{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX && EMAIL.matcher(email).matches();
    }
}
