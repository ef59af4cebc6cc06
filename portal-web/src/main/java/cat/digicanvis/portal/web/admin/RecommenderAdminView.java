package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.recommendation.ModelStatusView;
import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The recommender's model in use, its provenance and validation figures, and "retrain now" (admin/recommender.xhtml). */
@Named
@ViewScoped
public class RecommenderAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecommendationService service;
    @Inject
    CurrentUser me;

    private ModelStatusView status;

    public void load() {
        try {
            status = service.status(me.actor());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void retrain() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            boolean started = service.retrain(me.actor());
            Messages.info(ctx, Messages.text(ctx, started ? "recommender.started" : "recommender.running"));
            status = service.status(me.actor());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public ModelStatusView getStatus() {
        return status;
    }

    public List<Map.Entry<String, String>> getFacts() {
        return status == null ? List.of() : List.copyOf(status.facts().entrySet());
    }
}
