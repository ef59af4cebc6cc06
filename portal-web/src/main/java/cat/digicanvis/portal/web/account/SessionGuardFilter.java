package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.web.support.KeptForms;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Keeps people out of the areas their role does not reach: account pages need a signed-in person,
 * {@code /editor/} a moderator or administrator, {@code /admin/} an administrator. Other requests pass
 * without looking up the account. The services check again for every action. The path is the one the
 * container maps the request by, so encodings and path parameters cannot walk around the guard.
 */
public class SessionGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PUBLIC_ACCOUNT_PAGES = Set.of("/account/login.xhtml", "/account/signup.xhtml",
            "/account/verify.xhtml", "/account/forgot.xhtml", "/account/reset.xhtml");
    private static final Set<String> SIGNED_IN_PAGES = Set.of("/project/edit.xhtml", "/project/review.xhtml");

    @Inject
    transient AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        // the container's decoded, canonical path (no %61dmin, no ;params, no ..;): what the request is mapped by
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        boolean needsSignIn = path.startsWith("/account/") && !PUBLIC_ACCOUNT_PAGES.contains(path)
                || SIGNED_IN_PAGES.contains(path) || path.startsWith("/editor/") || path.startsWith("/admin/");
        if (!needsSignIn) {
            passKeepingExpiredForms(req, resp, chain, path);
            return;
        }
        Actor actor = Sessions.actor(req, accounts);
        if (!actor.isSignedIn()) {
            if ("GET".equals(req.getMethod())) {
                String back = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
                resp.sendRedirect(req.getContextPath() + "/account/login.xhtml?back="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8));
            } else if (path.endsWith(".xhtml") && KeptForms.keep(req, path)) {
                // the session ended while the form was open: sign in again and the form comes back filled
                KeptForms.announce(req);
                seeOther(resp, req.getContextPath() + "/account/login.xhtml?back="
                        + URLEncoder.encode(KeptForms.back(req, path), StandardCharsets.UTF_8));
            } else {
                resp.sendError(403);
            }
            return;
        }
        if (path.startsWith("/editor/") && !actor.isEditor() || path.startsWith("/admin/") && !actor.mayAdminister()) {
            resp.sendError(403);
            return;
        }
        passKeepingExpiredForms(req, resp, chain, path);
    }

    /**
     * A form posted to a page whose state is gone (the session ended, or the server restarted) would end on
     * "the page has expired" with the text lost: its values are kept and the person is sent back to the page,
     * which shows them again (after signing in, where the page needs it).
     */
    private static void passKeepingExpiredForms(HttpServletRequest req, HttpServletResponse resp, FilterChain chain,
                                                String path) throws IOException, ServletException {
        if ("GET".equals(req.getMethod()) || !path.endsWith(".xhtml")) {
            chain.doFilter(req, resp);
            return;
        }
        try {
            chain.doFilter(req, resp);
        } catch (ServletException e) {
            if (!(rootCause(e) instanceof ViewExpiredException) || resp.isCommitted() || !KeptForms.keep(req, path)) {
                throw e;
            }
            resp.resetBuffer();
            seeOther(resp, req.getContextPath() + KeptForms.back(req, path));
        }
    }

    /** After a form was kept: the browser is sent on with a GET (303), whatever the form's method. */
    private static void seeOther(HttpServletResponse resp, String location) {
        resp.setStatus(303);
        resp.setHeader("Location", location);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && !(c instanceof ViewExpiredException)) {
            c = c.getCause();
        }
        return c;
    }
}
