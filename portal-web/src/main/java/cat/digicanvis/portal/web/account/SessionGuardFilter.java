package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.domain.model.account.Actor;
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
            chain.doFilter(req, resp);
            return;
        }
        Actor actor = Sessions.actor(req, accounts);
        if (!actor.isSignedIn()) {
            if ("GET".equals(req.getMethod())) {
                String back = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
                resp.sendRedirect(req.getContextPath() + "/account/login.xhtml?back="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8));
            } else {
                resp.sendError(403);
            }
            return;
        }
        if (path.startsWith("/editor/") && !actor.isEditor() || path.startsWith("/admin/") && !actor.mayAdminister()) {
            resp.sendError(403);
            return;
        }
        chain.doFilter(req, resp);
    }
}
