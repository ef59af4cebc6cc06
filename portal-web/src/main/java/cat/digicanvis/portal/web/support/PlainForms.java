package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.web.account.SessionUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the plain forms of pages kept for everybody share (a sheet's marks, the forum's actions): they hold no view
 * state, only the session's form token, and answer with a redirect back (303).
 */
public final class PlainForms {

    private PlainForms() {
    }

    /**
     * When the session ended while the page was open: sends the browser to sign in and come back to {@code back}
     * (a path of the portal); true when it did.
     */
    public static boolean signInFirst(HttpServletRequest req, HttpServletResponse resp, Actor actor, String back) {
        if (actor.isSignedIn() || back == null) {
            return false;
        }
        seeOther(resp, req.getContextPath() + "/account/login.xhtml?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        return true;
    }

    /** Whether the form carries its session's token (field {@code token}). */
    public static boolean tokenMatches(HttpServletRequest req) {
        String token = req.getParameter("token");
        return SessionUser.of(req).map(u -> u.tokenMatches(token)).orElse(false);
    }

    public static void seeOther(HttpServletResponse resp, String location) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
    }
}
