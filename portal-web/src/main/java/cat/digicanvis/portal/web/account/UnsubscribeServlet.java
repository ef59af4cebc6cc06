package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.forum.ForumService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The link of a forum mail's {@code List-Unsubscribe} header. RFC 8058: mail programs POST
 * {@code List-Unsubscribe=One-Click} to it, without a session and without opening a page, so the signed token
 * is the whole authority (and all it can do is stop mail). A GET (someone who opened the link, or a link
 * checker) only shows the page that asks for confirmation: nothing changes on a GET.
 */
@WebServlet("/mail/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ForumService forum;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(303);
        resp.setHeader("Location", req.getContextPath() + "/mail/unsubscribe.xhtml?t=" + token(req));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String token = token(req);
        boolean done = forum.unsubscribe(req.getParameter("t"));
        String accept = req.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            // a person pressed the page's button: show the outcome on the page
            resp.setStatus(303);
            resp.setHeader("Location", req.getContextPath() + "/mail/unsubscribe.xhtml?t=" + token
                    + (done ? "&done=1" : ""));
            return;
        }
        resp.setStatus(done ? 200 : 400);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(done ? "unsubscribed\n" : "invalid link\n");
    }

    private static String token(HttpServletRequest req) {
        String t = req.getParameter("t");
        return URLEncoder.encode(t == null ? "" : t.length() > 100 ? t.substring(0, 100) : t, StandardCharsets.UTF_8);
    }
}
