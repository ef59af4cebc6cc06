package cat.digicanvis.portal.web.account;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a signed-in session holds: the account and the session epoch it signed in with (so that signing out
 * everywhere ends it), and a token that REST writes must echo against CSRF.
 */
public record SessionUser(long accountId, int epoch, String csrfToken) implements Serializable {

    public static final String ATTRIBUTE = "portal.signedIn";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether a token sent with a write is this session's (compared in constant time). */
    public boolean tokenMatches(String sent) {
        return sent != null && java.security.MessageDigest.isEqual(sent.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                csrfToken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The signed-in session's user, if the request has one. */
    public static java.util.Optional<SessionUser> of(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionUser u ? java.util.Optional.of(u)
                : java.util.Optional.empty();
    }

    public static SessionUser of(long accountId, int epoch) {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return new SessionUser(accountId, epoch, Base64.getUrlEncoder().withoutPadding().encodeToString(b));
    }
}
