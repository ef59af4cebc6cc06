package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.MembershipService;
import cat.digicanvis.portal.application.account.MembershipView;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The bodies a person belongs to or asked to join (account/memberships.xhtml), and a new request. */
@Named
@ViewScoped
public class MembershipsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipService memberships;
    @Inject
    LocalBodyService bodies;
    @Inject
    CurrentUser me;

    private List<MembershipView> mine;
    private String query;
    private List<BodySummaryView> results = List.of();
    private BodySummaryView chosen;
    private String position;

    public void load() {
        if (mine == null) {
            mine = memberships.mine(me.actor());
        }
    }

    public void search() {
        results = query == null || query.isBlank() ? List.of() : bodies.search(query.strip());
        if (results.isEmpty()) {
            FacesContext ctx = FacesContext.getCurrentInstance();
            Messages.info(ctx, Messages.text(ctx, "memberships.noResults"));
        }
    }

    public void choose(long bodyId) {
        chosen = results.stream().filter(b -> b.id() == bodyId).findFirst().orElse(null);
        results = List.of();
    }

    public void request() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            memberships.request(me.actor(), chosen == null ? null : chosen.id(), position);
            mine = memberships.mine(me.actor());
            Messages.info(ctx, Messages.text(ctx, "memberships.requested"));
            chosen = null;
            position = null;
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        }
    }

    public void leave(long membershipId) {
        try {
            memberships.leave(me.actor(), membershipId);
            mine = memberships.mine(me.actor());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<MembershipView> getMine() {
        return mine;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<BodySummaryView> getResults() {
        return results;
    }

    public BodySummaryView getChosen() {
        return chosen;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
