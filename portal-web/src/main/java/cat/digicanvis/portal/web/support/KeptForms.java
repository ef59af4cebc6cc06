package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a person had typed in a form that reached the portal after their session had ended (or after the page's
 * state was gone): kept in a fresh session, and put back into the same form when that page is next shown to
 * them, so signing in again loses nothing. Passwords, Faces' own fields and files are not kept; the form is
 * bounded in size so an anonymous post cannot fill a session.
 */
public final class KeptForms {

    private KeptForms() {
    }

    static final String KEY = KeptForms.class.getName();
    /** The hidden field every form carries with the address of its page, parameters included. */
    public static final String PAGE_PARAM = "dc.page";
    static final int MAX_FIELDS = 300;
    static final int MAX_CHARS = 256 * 1024;

    /** How long a kept form waits: on a shared computer, the next person should not find it. */
    static final long KEPT_MILLIS = 30 * 60 * 1000L;

    /** One form: the page it belongs to, its values by client id, and when it was kept. */
    public record Form(String viewId, LinkedHashMap<String, String[]> values, long keptAt) implements Serializable {
    }

    /**
     * Keeps the request's form values for the page at {@code viewId}; true if anything was kept. The values
     * go into a new session if there is none (the person is about to sign in, which renews it).
     */
    public static boolean keep(HttpServletRequest req, String viewId) {
        LinkedHashMap<String, String[]> values = values(req.getParameterMap());
        if (values.isEmpty()) {
            return false;
        }
        HttpSession session = req.getSession(true);
        session.setAttribute(KEY, new Form(viewId, values, System.currentTimeMillis()));
        return true;
    }

    /** The values worth keeping: typed text and choices, not Faces' state, passwords or tokens; bounded. */
    static LinkedHashMap<String, String[]> values(Map<String, String[]> params) {
        LinkedHashMap<String, String[]> kept = new LinkedHashMap<>();
        int chars = 0;
        for (Map.Entry<String, String[]> e : params.entrySet()) {
            String name = e.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.contains(":") || lower.startsWith("jakarta.faces") || lower.startsWith("javax.faces")
                    || lower.startsWith("primefaces") || lower.contains("password") || lower.contains("token")
                    || lower.contains("csrf")) {
                continue;
            }
            String[] v = e.getValue();
            for (String s : v) {
                chars += s.length() + name.length();
            }
            if (kept.size() >= MAX_FIELDS || chars > MAX_CHARS) {
                break;
            }
            kept.put(name, v.clone());
        }
        return kept;
    }

    /** The address of the page being rendered, relative to the portal, with its view parameters. */
    static String page(FacesContext ctx) {
        // once per request: a page may hold several forms
        return (String) ctx.getAttributes().computeIfAbsent(PAGE_PARAM, k -> {
            String viewId = ctx.getViewRoot().getViewId();
            String url = ctx.getApplication().getViewHandler().getBookmarkableURL(ctx, viewId, Map.of(), true);
            String base = ctx.getExternalContext().getRequestContextPath();
            String page = url.startsWith(base) ? url.substring(base.length()) : viewId;
            return page.replaceFirst(";jsessionid=[^?#]*", "");
        });
    }

    /**
     * The page to send the person back to: the one the form says it was on (with its query, e.g. which body a
     * request goes to) when that is a page of this view; otherwise the view alone.
     */
    public static String back(HttpServletRequest req, String viewId) {
        String page = req.getParameter(PAGE_PARAM);
        if (page != null && (page.equals(viewId) || page.startsWith(viewId + "?")) && Pages.safeBack(page).equals(page)) {
            return page;
        }
        return viewId;
    }

    /** Tells the person that the form will come back after signing in. */
    public static void announce(HttpServletRequest req) {
        Locale locale = Languages.resolve(req);
        String text = Languages.text(locale, "form.kept");
        KeptMessages.keep(req.getSession(true), new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** Before a page is rendered afresh: if a form was kept for it, its fields get the kept values. */
    static void restore(FacesContext ctx) {
        HttpSession session = (HttpSession) ctx.getExternalContext().getSession(false);
        if (session == null || !(session.getAttribute(KEY) instanceof Form form)) {
            return;
        }
        if (System.currentTimeMillis() - form.keptAt() > KEPT_MILLIS) {
            session.removeAttribute(KEY);
            return;
        }
        if (!form.viewId().equals(ctx.getViewRoot().getViewId())) {
            return;
        }
        int[] restored = {0};
        ctx.getViewRoot().visitTree(VisitContext.createVisitContext(ctx), (visit, target) -> {
            if (target instanceof UIInput && target instanceof EditableValueHolder input) {
                String id = target.getClientId(ctx);
                // PrimeFaces' inputs (date picker, autocomplete) send their text as id_input
                String[] v = form.values().getOrDefault(id, form.values().get(id + "_input"));
                if (v != null) {
                    // as each renderer decodes it: a checkbox's "on" is true, a multiple choice keeps all its values
                    input.setSubmittedValue(target instanceof UISelectMany ? v : target instanceof UISelectBoolean
                            ? Boolean.valueOf(v[0].equalsIgnoreCase("on") || v[0].equalsIgnoreCase("true")
                                    || v[0].equalsIgnoreCase("yes")) : v[0]);
                    restored[0]++;
                }
            }
            return VisitResult.ACCEPT;
        });
        if (restored[0] > 0) {
            session.removeAttribute(KEY);
            String text = Languages.text(ctx.getViewRoot().getLocale(), "form.restored");
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        }
    }
}
