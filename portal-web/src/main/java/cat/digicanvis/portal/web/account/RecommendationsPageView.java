package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.application.recommendation.RecommendationsView;
import cat.digicanvis.portal.application.recommendation.RecommendedSheetView;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Recommended for you (account/recommendations.xhtml?body=N&amp;tab=km0|foreign): projects in two tabs
 * (plain links, so they work without scripts), peers, and "not relevant" feedback.
 */
@Named
@ViewScoped
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

    /** Hides a project from this body's recommendations and teaches the model it did not fit. */
    public void notRelevant(long sheetId) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            service.mark(me.actor(), view.bodyId(), sheetId, InteractionKind.NOT_RELEVANT, true);
            view = service.recommendations(me.actor(), view.bodyId());
            Messages.info(ctx, Messages.text(ctx, "recommend.hidden"));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (NotFoundException e) {
            Messages.error(ctx, Messages.text(ctx, "recommend.gone"));
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
