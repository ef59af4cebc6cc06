package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.request.ContactRequestService;
import cat.digicanvis.portal.application.request.ContactRequestView;
import cat.digicanvis.portal.domain.model.request.RequestStatus;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.PagedList;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Contact, visit and collaboration requests waiting for review, and the latest decided (admin/requests.xhtml). */
@Named
@ViewScoped
public class ContactRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactRequestService service;
    @Inject
    CurrentUser me;

    private PagedList<ContactRequestView> pending;
    private PagedList<ContactRequestView> forwarded;
    private PagedList<ContactRequestView> rejected;
    private final Map<Long, String> notes = new HashMap<>();

    public void load() {
        if (pending == null) {
            refresh();
        }
    }

    private void refresh() {
        pending = list(RequestStatus.PENDING);
        ContactRequestService requests = service;
        CurrentUser who = me;
        forwarded = new PagedList<>((first, max) -> requests.inConversation(who.actor(), first, max),
                () -> requests.countInConversation(who.actor()), ContactRequestView::id);
        rejected = list(RequestStatus.REJECTED);
    }

    /** The requests in a state, a page at a time (the lists used to stop at 200). */
    private PagedList<ContactRequestView> list(RequestStatus status) {
        ContactRequestService requests = service;
        CurrentUser who = me;
        return new PagedList<>((first, max) -> requests.byStatus(who.actor(), status, first, max),
                () -> requests.countByStatus(who.actor(), status), ContactRequestView::id);
    }

    public void forward(ContactRequestView r) {
        decide(r, true);
    }

    public void reject(ContactRequestView r) {
        decide(r, false);
    }

    private void decide(ContactRequestView r, boolean forward) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (r == null) {
            // a row the list no longer has (a form sent back from an older page)
            Messages.error(ctx, Messages.text(ctx, "admin.conflict"));
            refresh();
            return;
        }
        try {
            if (forward) {
                service.forward(me.actor(), r.id(), r.version(), notes.get(r.id()));
            } else {
                service.reject(me.actor(), r.id(), r.version(), notes.get(r.id()));
            }
            notes.remove(r.id());
            Messages.info(ctx, Messages.text(ctx, forward ? "admin.request.forwarded" : "admin.request.rejected"));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException | NotFoundException e) {
            Messages.error(ctx, Messages.text(ctx, "admin.conflict"));
        }
        refresh();
    }

    public PagedList<ContactRequestView> getPending() {
        return pending;
    }

    public PagedList<ContactRequestView> getForwarded() {
        return forwarded;
    }

    public PagedList<ContactRequestView> getRejected() {
        return rejected;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
