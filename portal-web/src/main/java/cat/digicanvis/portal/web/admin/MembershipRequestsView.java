package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.application.account.MembershipView;
import cat.digicanvis.portal.domain.model.membership.MembershipStatus;
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
import java.util.List;
import java.util.Map;

/** Membership requests waiting for a decision, and approved memberships (admin/memberships.xhtml). */
@Named
@ViewScoped
public class MembershipRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminService admin;
    @Inject
    CurrentUser me;

    private PagedList<MembershipView> pending;
    private PagedList<MembershipView> approved;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        if (pending == null) {
            refresh();
        }
    }

    private void refresh() {
        pending = list(MembershipStatus.REQUESTED);
        approved = list(MembershipStatus.APPROVED);
    }

    /** The memberships in a state, a page at a time (the lists used to stop at 200). */
    private PagedList<MembershipView> list(MembershipStatus status) {
        AdminService service = admin;
        CurrentUser who = me;
        return new PagedList<>((first, max) -> service.memberships(who.actor(), status, first, max),
                () -> service.membershipCount(who.actor(), status), MembershipView::id);
    }

    public void approve(MembershipView m) {
        decide(m, true);
    }

    public void reject(MembershipView m) {
        decide(m, false);
    }

    private void decide(MembershipView m, boolean approve) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            if (approve) {
                admin.approve(me.actor(), m.id(), m.version(), reasons.get(m.id()));
            } else {
                admin.reject(me.actor(), m.id(), m.version(), reasons.get(m.id()));
            }
            reasons.remove(m.id());
            Messages.info(ctx, Messages.text(ctx, approve ? "admin.membership.approved" : "admin.membership.rejected"));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException | NotFoundException e) {
            Messages.error(ctx, Messages.text(ctx, "admin.conflict"));
        }
        refresh();
    }

    public PagedList<MembershipView> getPending() {
        return pending;
    }

    public PagedList<MembershipView> getApproved() {
        return approved;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
