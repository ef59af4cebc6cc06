package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.recommendation.ProfileView;
import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** My council's profile (account/profile.xhtml?body=N): official data, needs per area and maturity. */
@Named
@ViewScoped
public class CouncilProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One area's row of the form. */
    public static final class NeedRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Area area;
        private Integer weight;

        NeedRow(Area area, Integer weight) {
            this.area = area;
            this.weight = weight;
        }

        public Area getArea() {
            return area;
        }

        public String getId() {
            return "need-" + area.ordinal();
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    @Inject
    RecommendationService service;
    @Inject
    CurrentUser me;

    private String body;
    private ProfileView profile;
    private List<NeedRow> needs;
    private String maturity;

    public void load() {
        if (profile != null) {
            return;
        }
        java.util.Optional<Long> bodyId = BodyParameter.resolve(body, me.actor());
        if (bodyId.isEmpty()) {
            return;
        }
        try {
            show(service.profile(me.actor(), bodyId.get()));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void show(ProfileView p) {
        profile = p;
        needs = new ArrayList<>();
        p.needs().forEach((a, w) -> needs.add(new NeedRow(a, w)));
        maturity = p.maturity() == null ? "" : p.maturity().name();
    }

    public void save() {
        save("/account/profile.xhtml?body=");
    }

    /** Saves, then shows the recommendations the saved profile gives. */
    public void saveAndSeeRecommendations() {
        save("/account/recommendations.xhtml?body=");
    }

    private void save(String thenTo) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Map<Area, Integer> values = new EnumMap<>(Area.class);
        for (NeedRow r : needs) {
            values.put(r.area, r.weight == null ? 0 : r.weight);
        }
        Phase phase;
        try {
            phase = maturity == null || maturity.isBlank() ? null : Phase.valueOf(maturity);
        } catch (IllegalArgumentException e) {
            Messages.error(ctx, Messages.text(ctx, "validation.profile.maturity"));
            return;
        }
        try {
            ProfileView saved = service.saveProfile(me.actor(), profile.body().id(), profile.version(), values, phase);
            // Post/Redirect/Get, the message carried over: the back button does not send the form again
            Pages.flash(Messages.text(ctx, "profile.saved"));
            Pages.redirect(thenTo + saved.body().id());
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException e) {
            Messages.error(ctx, Messages.text(ctx, "profile.concurrent"));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    /** Whether the reader may change the profile: the body's members (administrators only read it). */
    public boolean isEditable() {
        return profile != null && me.actor().mayActFor(profile.body().id());
    }

    public List<Integer> getWeights() {
        return List.of(0, 1, 2, 3);
    }

    public List<Phase> getPhases() {
        return List.of(Phase.values());
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public ProfileView getProfile() {
        return profile;
    }

    public List<NeedRow> getNeeds() {
        return needs;
    }

    public String getMaturity() {
        return maturity;
    }

    public void setMaturity(String maturity) {
        this.maturity = maturity;
    }
}
