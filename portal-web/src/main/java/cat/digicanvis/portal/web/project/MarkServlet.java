package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.account.Sessions;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.KeptMessages;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import cat.digicanvis.portal.web.support.PlainForms;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's mark on a sheet for their body (the sheet page's "bookmark" and "we tried it and it works", the
 * recommendations page's "not relevant"), as a plain form post: the pages that carry the forms keep no view state,
 * so the form holds only the session's token. Sets the mark, keeps the message for the page and sends the browser
 * back to it (303).
 */
@WebServlet("/project/mark")
public class MarkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecommendationService recommendations;
    @Inject
    transient AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getParameter("notRelevant") != null) {
            notRelevant(req, resp);
            return;
        }
        Locale locale = Languages.resolve(req);
        Actor actor = Sessions.actor(req, accounts);
        HttpSession session = req.getSession(false);
        Long sheetId = Pages.parseId(req.getParameter("sheet"));
        InteractionKind kind = req.getParameter("bookmark") != null ? InteractionKind.BOOKMARK
                : req.getParameter("worked") != null ? InteractionKind.WORKED_FOR_US : null;
        Optional<Long> body = RecommendationService.primaryBody(actor);
        // the session ended while the page was open: sign in, and come back to the sheet
        if (PlainForms.signInFirst(req, resp, actor, sheetId == null ? null : "/project/view.xhtml?id=" + sheetId)) {
            return;
        }
        if (!actor.isSignedIn() || body.isEmpty() || !PlainForms.tokenMatches(req)) {
            Messages.refuse(resp, 403, Languages.text(locale, "api.forbidden"));
            return;
        }
        if (sheetId == null || kind == null) {
            Messages.refuse(resp, 400, Languages.text(locale, "api.badRequest"));
            return;
        }
        try {
            boolean on = !recommendations.marks(actor, sheetId).contains(kind);
            recommendations.mark(actor, body.get(), sheetId, kind, on);
            KeptMessages.keep(session, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Languages.text(locale, "mark." + kind.name() + (on ? ".on" : ".off")), null));
            PlainForms.seeOther(resp, req.getContextPath() + "/project/view.xhtml?id=" + sheetId);
        } catch (AccessDeniedException e) {
            Messages.refuse(resp, 403, Languages.text(locale, "api.forbidden"));
        } catch (NotFoundException e) {
            Messages.refuse(resp, 404, Languages.text(locale, "api.notFound"));
        }
    }

    /**
     * "Not relevant" on a body's recommendations page: hides the project from that body's recommendations (and
     * teaches the model), then back to the same tab with a message; a project that is gone says so there.
     */
    private void notRelevant(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = Languages.resolve(req);
        Actor actor = Sessions.actor(req, accounts);
        Long sheetId = Pages.parseId(req.getParameter("sheet"));
        Long bodyId = Pages.parseId(req.getParameter("body"));
        String tab = "foreign".equals(req.getParameter("tab")) ? "foreign" : "km0";
        String page = bodyId == null ? null : "/account/recommendations.xhtml?body=" + bodyId + "&tab=" + tab;
        if (PlainForms.signInFirst(req, resp, actor, page)) {
            return;
        }
        if (!actor.isSignedIn() || !PlainForms.tokenMatches(req)) {
            Messages.refuse(resp, 403, Languages.text(locale, "api.forbidden"));
            return;
        }
        if (sheetId == null || bodyId == null) {
            Messages.refuse(resp, 400, Languages.text(locale, "api.badRequest"));
            return;
        }
        String message;
        try {
            recommendations.mark(actor, bodyId, sheetId, InteractionKind.NOT_RELEVANT, true);
            message = "recommend.hidden";
        } catch (AccessDeniedException e) {
            Messages.refuse(resp, 403, Languages.text(locale, "api.forbidden"));
            return;
        } catch (NotFoundException e) {
            message = "recommend.gone";
        }
        KeptMessages.keep(req.getSession(false), new FacesMessage("recommend.hidden".equals(message)
                ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, Languages.text(locale, message), null));
        PlainForms.seeOther(resp, req.getContextPath() + page + "#projects");
    }
}
