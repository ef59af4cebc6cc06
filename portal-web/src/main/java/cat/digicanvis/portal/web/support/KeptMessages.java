package cat.digicanvis.portal.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages that outlive a redirect (Post/Redirect/Get): kept in the session, shown by the next full page
 * that is rendered, then dropped. It replaces Mojarra's flash, whose cookie-keyed store now and then lost a
 * message between the redirect and the next page. The session is made before the redirect is sent, so an
 * anonymous visitor (after a password reset) gets the message too.
 */
public class KeptMessages implements PhaseListener {

    private static final String KEY = KeptMessages.class.getName();

    /** Whether messages wait for the next page of this session (such a page is personal: never cached). */
    static boolean pending(HttpSession session) {
        return session != null && session.getAttribute(KEY) instanceof java.util.List<?> kept && !kept.isEmpty();
    }

    /** Keeps an information message for the next page. */
    static void keep(FacesContext ctx, FacesMessage message) {
        keep((HttpSession) ctx.getExternalContext().getSession(true), message);
    }

    /** The same, from outside Faces (a filter that redirects). */
    public static void keep(HttpSession session, FacesMessage message) {
        synchronized (session) {
            @SuppressWarnings("unchecked")
            ArrayList<FacesMessage> kept = (ArrayList<FacesMessage>) session.getAttribute(KEY);
            ArrayList<FacesMessage> next = kept == null ? new ArrayList<>() : new ArrayList<>(kept);
            next.add(message);
            session.setAttribute(KEY, next);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext ctx = event.getFacesContext();
        if (ctx.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        HttpSession session = (HttpSession) ctx.getExternalContext().getSession(false);
        if (session == null) {
            return;
        }
        List<FacesMessage> kept;
        synchronized (session) {
            @SuppressWarnings("unchecked")
            List<FacesMessage> found = (List<FacesMessage>) session.getAttribute(KEY);
            kept = found;
            if (kept != null) {
                session.removeAttribute(KEY);
            }
        }
        if (kept != null) {
            kept.forEach(m -> ctx.addMessage(null, m));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: messages are taken before rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
