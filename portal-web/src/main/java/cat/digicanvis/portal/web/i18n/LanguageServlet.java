package cat.digicanvis.portal.web.i18n;

import cat.digicanvis.portal.web.support.Pages;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Switches the language: {@code /lang?to=ca&back=/project/list.xhtml?area=...} stores the choice in a
 * cookie for a year and returns to the page. Only paths of this site are accepted as the way back.
 */
@WebServlet("/lang")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = req.getParameter("to");
        if (lang == null || !Languages.SUPPORTED.contains(lang)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Cookie cookie = new Cookie(Languages.COOKIE, lang);
        cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(req.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        resp.addCookie(cookie);
        resp.sendRedirect(req.getContextPath() + Pages.safeBack(req.getParameter("back")));
    }
}
