package cat.digicanvis.portal.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Errors next to the fields they are about: before a page is rendered, every field refused (by a service rule
 * through {@link Messages#violations} or by a converter) gets its message right after it, is marked
 * {@code aria-invalid}, and points to that message with {@code aria-describedby}; a field that is right again
 * loses both. The summary at the top of the form stays, so all of a form's errors are seen in one round.
 */
public final class InvalidFields {

    private InvalidFields() {
    }

    static final String DESCRIBED = "dc.describedBy";
    static final String SUFFIX = "_error";
    static final String REFUSED = InvalidFields.class.getName();

    /**
     * The form field a rule names: the input with that id, or one that says so with
     * {@code <f:attribute name="field" value="..."/>}; outside repeated rows; null if the page has none.
     */
    static UIInput find(FacesContext ctx, String field) {
        UIInput[] found = {null};
        ctx.getViewRoot().visitTree(VisitContext.createVisitContext(ctx, null, EnumSet.of(VisitHint.SKIP_ITERATION)),
                (visit, target) -> {
                    if (target instanceof UIInput input
                            && (field.equals(target.getId()) || field.equals(target.getAttributes().get("field")))) {
                        found[0] = input;
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        return found[0];
    }

    /** Marks a field refused by a rule, with the rule's text (the summary at the top has it with the label). */
    static void refuse(FacesContext ctx, UIInput field, String text) {
        field.setValid(false);
        @SuppressWarnings("unchecked")
        Map<String, String> refused = (Map<String, String>) ctx.getAttributes()
                .computeIfAbsent(REFUSED, k -> new java.util.HashMap<String, String>());
        refused.putIfAbsent(field.getClientId(ctx), text);
    }

    /** Before a form is rendered again after it was sent: each field marked as it now stands. */
    static void markAll(FacesContext ctx) {
        ctx.getViewRoot().visitTree(VisitContext.createVisitContext(ctx, null, EnumSet.of(VisitHint.SKIP_ITERATION)),
                (visit, target) -> {
                    if (target instanceof UIInput input && target.getId() != null && !target.getId().endsWith(SUFFIX)) {
                        mark(ctx, input);
                    }
                    return VisitResult.ACCEPT;
                });
    }

    private static void mark(FacesContext ctx, UIInput input) {
        UIComponent parent = input.getParent();
        if (parent == null) {
            return;
        }
        String errorId = input.getId() + SUFFIX;
        List<UIComponent> siblings = parent.getChildren();
        int at = siblings.indexOf(input);
        UIComponent next = at + 1 < siblings.size() ? siblings.get(at + 1) : null;
        HtmlOutputText shown = next instanceof HtmlOutputText t && errorId.equals(t.getId()) ? t : null;
        Map<String, Object> pass = input.getPassThroughAttributes();
        String text = input.isValid() ? null : firstError(ctx, input.getClientId(ctx));
        if (text == null) {
            if (shown != null) {
                siblings.remove(shown);
            }
            if (pass.containsKey("aria-invalid")) {
                pass.remove("aria-invalid");
                Object before = input.getAttributes().get(DESCRIBED);
                if (before == null || before.toString().isEmpty()) {
                    pass.remove("aria-describedby");
                } else {
                    pass.put("aria-describedby", before);
                }
            }
            return;
        }
        if (shown == null) {
            shown = new HtmlOutputText();
            shown.setId(errorId);
            shown.setStyleClass("field-error");
            siblings.add(at + 1, shown);
        }
        shown.setValue(text);
        if (!pass.containsKey("aria-invalid")) {
            Object before = pass.get("aria-describedby");
            input.getAttributes().put(DESCRIBED, before == null ? "" : before.toString());
        }
        String before = String.valueOf(input.getAttributes().getOrDefault(DESCRIBED, ""));
        pass.put("aria-invalid", "true");
        pass.put("aria-describedby", (before.isEmpty() ? "" : before + " ") + shown.getClientId(ctx));
    }

    private static String firstError(FacesContext ctx, String clientId) {
        @SuppressWarnings("unchecked")
        Map<String, String> refused = (Map<String, String>) ctx.getAttributes().get(REFUSED);
        if (refused != null && refused.containsKey(clientId)) {
            return refused.get(clientId);
        }
        for (FacesMessage m : ctx.getMessageList(clientId)) {
            if (m.getSeverity() == FacesMessage.SEVERITY_ERROR || m.getSeverity() == FacesMessage.SEVERITY_FATAL) {
                return m.getDetail() == null ? m.getSummary() : m.getDetail();
            }
        }
        return null;
    }
}
