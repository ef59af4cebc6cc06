package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.SignInOutcome;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;

/** Signing a session in and out. */
public final class Sessions {

    public static final String ACTOR = "portal.actor";
    static final String SIGNED_IN_AT = "portal.signedInAt";
    /**
     * However active, a session ends this long after its sign-in (a working day): a session left open on a
     * shared computer, or taken, does not live for ever. Idleness ends it sooner (web.xml's session timeout).
     */
    public static final java.time.Duration ABSOLUTE_LIFETIME = java.time.Duration.ofHours(12);

    private Sessions() {
    }

    /** A new session id at sign-in, so a planted session id is worth nothing (session fixation). */
    public static SessionUser signIn(HttpServletRequest request, Actor actor, int epoch) {
        request.getSession(true);
        request.changeSessionId();
        SessionUser user = SessionUser.of(actor.accountId(), epoch);
        request.getSession().setAttribute(SessionUser.ATTRIBUTE, user);
        request.getSession().setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
        request.setAttribute(ACTOR, actor);
        return user;
    }

    /** Keeps the session after the account's epoch moved on because of this session's own action. */
    public static void renew(HttpServletRequest request, int epoch) {
        HttpSession s = request.getSession(false);
        if (s != null && s.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser u) {
            request.changeSessionId();
            s.setAttribute(SessionUser.ATTRIBUTE, new SessionUser(u.accountId(), epoch, u.csrfToken()));
        }
    }

    public static void signOut(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        if (s != null) {
            s.invalidate();
        }
        request.setAttribute(ACTOR, Actor.ANONYMOUS);
    }

    /**
     * Who is asking, worked out once per request and only when something needs it (static resources never
     * do): from the session and the database, so a disabled account, a new password or "sign out
     * everywhere" ends the session at once.
     */
    /**
     * Makes the rest of this request see {@code actor} as the person asking: the page cache renders a shared page
     * as a visitor's (then puts the person's own parts in) and sets the person back.
     */
    public static void actAs(HttpServletRequest request, Actor actor) {
        request.setAttribute(ACTOR, actor);
    }

    public static Actor actor(HttpServletRequest request, AccountService accounts) {
        if (request.getAttribute(ACTOR) instanceof Actor known) {
            return known;
        }
        Actor actor = Actor.ANONYMOUS;
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user) {
            Optional<Actor> current = outlived(session.getAttribute(SIGNED_IN_AT), System.currentTimeMillis())
                    ? Optional.empty() : accounts.actor(user.accountId(), user.epoch());
            if (current.isPresent()) {
                actor = current.get();
            } else {
                session.invalidate();
            }
        }
        request.setAttribute(ACTOR, actor);
        return actor;
    }

    /** Whether a session signed in at {@code signedInAt} (epoch milliseconds; none: unknown) has lived its time. */
    static boolean outlived(Object signedInAt, long now) {
        return !(signedInAt instanceof Long at) || now - at >= ABSOLUTE_LIFETIME.toMillis();
    }

    /** The message for a refused sign-in, in the reader's language (the same for the page and the API). */
    public static String refusal(SignInOutcome outcome, Locale locale) {
        return switch (outcome.kind()) {
            case WAIT -> Messages.format(locale, Languages.text(locale, "login.wait"), outcome.waitSeconds());
            case LOCKED -> Messages.format(locale, Languages.text(locale, "login.locked"), (outcome.waitSeconds() + 59) / 60);
            case UNVERIFIED -> Languages.text(locale, "login.unverified");
            case DISABLED -> Languages.text(locale, "login.disabled");
            default -> Languages.text(locale, "login.wrong");
        };
    }
}
