package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.domain.model.account.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Signing a session in and out. */
public final class Sessions {

    public static final String ACTOR = "portal.actor";

    private Sessions() {
    }

    /** A new session id at sign-in, so a planted session id is worth nothing (session fixation). */
    public static SessionUser signIn(HttpServletRequest request, Actor actor, int epoch) {
        request.getSession(true);
        request.changeSessionId();
        SessionUser user = SessionUser.of(actor.accountId(), epoch);
        request.getSession().setAttribute(SessionUser.ATTRIBUTE, user);
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

    public static Actor actor(HttpServletRequest request) {
        return request.getAttribute(ACTOR) instanceof Actor a ? a : Actor.ANONYMOUS;
    }
}
