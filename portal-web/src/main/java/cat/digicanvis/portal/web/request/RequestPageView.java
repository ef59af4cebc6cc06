package cat.digicanvis.portal.web.request;

import cat.digicanvis.portal.application.request.ContactRequestService;
import cat.digicanvis.portal.application.request.RequestDraft;
import cat.digicanvis.portal.application.request.RequestFormView;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.IsoDays;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A contact, visit or collaboration request to a body (account/request.xhtml?to=N[&amp;sheet=M][&amp;kind=visit]
 * [&amp;from=K]): links from sheets, body pages and the recommended peers lead here.
 */
@Named
@ViewScoped
public class RequestPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactRequestService service;
    @Inject
    CurrentUser me;

    private String to;
    private String sheetParam;
    private String kindParam;
    private String fromParam;
    private RequestFormView form;
    private String fromBody;
    private String kind = RequestKind.CONTACT.name();
    private String sheet;
    private String message;
    private String visitFrom;
    private String visitTo;
    private String visitors = "2";
    private boolean consent;

    public void load() {
        if (form != null) {
            return;
        }
        Long toId = Pages.parseId(to);
        Long sheetId = sheetParam == null || sheetParam.isBlank() ? null : Pages.parseId(sheetParam);
        if (toId == null || sheetParam != null && !sheetParam.isBlank() && sheetId == null) {
            Pages.notFound();
            return;
        }
        try {
            form = service.form(me.actor(), toId, sheetId);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        } catch (AccessDeniedException e) {
            Pages.forbidden();
            return;
        }
        sheet = form.sheetId() == null ? "" : String.valueOf(form.sheetId());
        Long wanted = Pages.parseId(fromParam);
        fromBody = form.from().stream().filter(b -> wanted != null && b.id() == wanted).findFirst()
                .or(() -> form.from().stream().findFirst()).map(b -> String.valueOf(b.id())).orElse(null);
        if (kindParam != null) {
            for (RequestKind k : RequestKind.values()) {
                if (k.name().equalsIgnoreCase(kindParam)) {
                    kind = k.name();
                }
            }
        }
    }

    public void send() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        List<Violation> problems = new ArrayList<>();
        RequestKind k = null;
        try {
            k = kind == null || kind.isBlank() ? null : RequestKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            problems.add(Violation.of("requestKind", "validation.required"));
        }
        boolean visit = k == RequestKind.VISIT;
        LocalDate from = visit ? IsoDays.parse(visitFrom, "visitDates", problems) : null;
        LocalDate until = visit ? IsoDays.parse(visitTo, "visitDates", problems) : null;
        Integer people = null;
        if (visit) {
            try {
                people = visitors == null || visitors.isBlank() ? null : Integer.valueOf(visitors.strip());
            } catch (NumberFormatException e) {
                problems.add(Violation.of("visitors", "validation.range", 1, ContactRequest.VISITORS_MAX));
            }
        }
        Long sheetId = sheet == null || sheet.isBlank() ? null : Pages.parseId(sheet);
        if (sheet != null && !sheet.isBlank() && sheetId == null) {
            problems.add(Violation.of("sheet", "validation.request.sheet"));
        }
        RequestDraft draft = new RequestDraft(Pages.parseId(fromBody), form.to().id(), sheetId, k, message,
                from, until, people, consent);
        if (!problems.isEmpty()) {
            // what could not be read here, and what the rules say of the rest: all the form's errors in one round
            try {
                problems.addAll(service.check(me.actor(), draft));
            } catch (AccessDeniedException e) {
                Pages.forbidden();
                return;
            }
            Messages.violations(ctx, problems);
            return;
        }
        try {
            service.send(me.actor(), draft);
            Pages.flash(Messages.text(ctx, "request.sent"));
            Pages.redirect("/account/requests.xhtml");
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<RequestKind> getKinds() {
        return List.of(RequestKind.values());
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSheetParam() {
        return sheetParam;
    }

    public void setSheetParam(String sheetParam) {
        this.sheetParam = sheetParam;
    }

    public String getKindParam() {
        return kindParam;
    }

    public void setKindParam(String kindParam) {
        this.kindParam = kindParam == null ? null : kindParam.toUpperCase(Locale.ROOT);
    }

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    public RequestFormView getForm() {
        return form;
    }

    public String getFromBody() {
        return fromBody;
    }

    public void setFromBody(String fromBody) {
        this.fromBody = fromBody;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSheet() {
        return sheet;
    }

    public void setSheet(String sheet) {
        this.sheet = sheet;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getVisitFrom() {
        return visitFrom;
    }

    /** The first and last days a visit may be proposed for (the date pickers offer no other). */
    public LocalDate getFirstVisitDay() {
        return cat.digicanvis.portal.domain.shared.Clock.now().toLocalDate();
    }

    public LocalDate getLastVisitDay() {
        return getFirstVisitDay().plusDays(cat.digicanvis.portal.domain.model.request.ContactRequest.VISIT_HORIZON_DAYS);
    }

    public void setVisitFrom(String visitFrom) {
        this.visitFrom = visitFrom;
    }

    public String getVisitTo() {
        return visitTo;
    }

    public void setVisitTo(String visitTo) {
        this.visitTo = visitTo;
    }

    public String getVisitors() {
        return visitors;
    }

    public void setVisitors(String visitors) {
        this.visitors = visitors;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public int getMessageMax() {
        return ContactRequest.MESSAGE_MAX;
    }
}
