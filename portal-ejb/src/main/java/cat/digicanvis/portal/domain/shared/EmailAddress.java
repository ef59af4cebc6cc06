package cat.digicanvis.portal.domain.shared;

import java.util.regex.Pattern;

/**
 * The one rule for email addresses typed into the portal (accounts and contact people): one @, no spaces,
 * a local part of at most 64 characters, a dot in the domain. The verification mail proves the rest.
 */
public final class EmailAddress {

    public static final int MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX && EMAIL.matcher(email).matches();
    }
}
