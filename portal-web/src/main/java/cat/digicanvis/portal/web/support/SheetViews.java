package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A member's view of a sheet, for the recommender (once a day): counted only for navigations within the portal,
 * whether the page was rendered for them or served from the page cache.
 */
@ApplicationScoped
public class SheetViews {

    @Inject
    RecommendationService recommendations;
    @Inject
    PortalSettings settings;

    /** Records the view when the path is a sheet's page and the reader a member who came from the portal. */
    public void record(HttpServletRequest req, Actor reader, String path) {
        if (!"/project/view.xhtml".equals(path)) {
            return;
        }
        Long sheetId = Pages.parseId(req.getParameter("id"));
        if (sheetId != null && reader.isSignedIn() && !reader.memberOf().isEmpty()
                && SameSiteNavigation.ownNavigation(req, settings)) {
            recommendations.recordView(reader, sheetId);
        }
    }
}
