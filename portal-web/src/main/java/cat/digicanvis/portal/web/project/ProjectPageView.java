package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.recommendation.RecommendationService;

import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.application.sheet.SheetView;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A published sheet's page (project/view.xhtml?id=N). */
@Named
@RequestScoped
public class ProjectPageView {

    @Inject
    ProjectSheetService sheets;
    @Inject
    CurrentUser me;
    @Inject
    RecommendationService recommendations;
    @Inject
    cat.digicanvis.portal.application.forum.ForumService forum;

    @Inject
    cat.digicanvis.portal.web.support.SheetViews views;

    private String id;
    private SheetView sheet;

    /** Loads the sheet, or answers 404 for an unknown, unpublished or malformed id. */
    public void load() {
        Long sheetId = Pages.parseId(id);
        if (sheetId == null) {
            Pages.notFound();
            return;
        }
        try {
            sheet = sheets.view(sheetId);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        views.record(Pages.request(), me.actor(), "/project/view.xhtml");
    }

    private cat.digicanvis.portal.application.forum.SheetDiscussionView discussion;
    private java.util.List<cat.digicanvis.portal.application.recommendation.SimilarSheetView> similar;

    /** Projects like this one, for everyone (the same list for every reader, so the page stays cacheable). */
    public java.util.List<cat.digicanvis.portal.application.recommendation.SimilarSheetView> getSimilar() {
        if (similar == null) {
            similar = sheet == null ? java.util.List.of() : recommendations.similar(sheet.id());
        }
        return similar;
    }

    /** The sheet's discussion: its post count, the latest three posts, and whether the reader may join. */
    public cat.digicanvis.portal.application.forum.SheetDiscussionView getDiscussion() {
        if (discussion == null && sheet != null) {
            discussion = forum.sheetDiscussion(me.actor(), sheet.id());
        }
        return discussion;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SheetView getSheet() {
        return sheet;
    }
}
