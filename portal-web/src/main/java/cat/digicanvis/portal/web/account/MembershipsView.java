package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.MembershipService;
import cat.digicanvis.portal.application.account.MembershipView;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import cat.digicanvis.portal.web.support.Suggestions;
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
    @Inject
    cat.digicanvis.portal.web.support.Labels labels;

    private List<MembershipView> mine;
    private String query;
    private List<BodySummaryView> results = List.of();
    private BodySummaryView chosen;
    private final Suggestions<BodySummaryView> offered = new Suggestions<>();
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

    /** What the autocomplete offers for the letters typed: the bodies' labels, the person's own bodies first. */
    public List<String> complete(String text) {
        java.util.Set<Long> own = me.actor().memberOf();
        return offered.offer(bodies.search(text), b -> own.contains(b.id()), labels::body);
    }

    /** A suggestion picked (with the keyboard or the mouse): that body is the one asked for. */
    public void picked(org.primefaces.event.SelectEvent<String> event) {
        BodySummaryView b = offered.picked(event.getObject());
        if (b != null) {
            chosen = b;
            results = List.of();
        }
    }

    /**
     * The body asked for: the one chosen, or else the one whose name (or suggestion) was typed in full, so
     * typing a name and sending works without picking it (and without JavaScript).
     */
    private BodySummaryView asked() {
        return chosen != null ? chosen : offered.typed(query, bodies::search, BodySummaryView::name);
    }

    public void request() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        chosen = asked();
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
