package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.application.recommendation.RecommendationsView;
import cat.digicanvis.portal.application.recommendation.RecommendedSheetView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Recommended for you (account/recommendations.xhtml?body=N&amp;tab=km0|foreign): projects in two tabs
 * (plain links, so they work without scripts), peers, and "not relevant" feedback (a plain form to
 * {@code /project/mark}: the page keeps no view state).
 */
@Named
@RequestScoped
public class RecommendationsPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationService service;
    @Inject
    CurrentUser me;

    private String body;
    private String tab;
    private RecommendationsView view;

    public void load() {
        if (view != null) {
            return;
        }
        java.util.Optional<Long> bodyId = BodyParameter.resolve(body, me.actor());
        if (bodyId.isEmpty()) {
            return;
        }
        try {
            view = service.recommendations(me.actor(), bodyId.get());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** Whether the reader may act in the body's name here ("not relevant", requests): its members only. */
    public boolean isActing() {
        return view != null && me.actor().mayActFor(view.bodyId());
    }

    public boolean isForeign() {
        return "foreign".equals(tab);
    }

    public List<RecommendedSheetView> getShown() {
        return view == null ? List.of() : isForeign() ? view.foreign() : view.km0();
    }

    public RecommendationsView getView() {
        return view;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }
}
