package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;

import cat.digicanvis.portal.application.sheet.ContactDetailView;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.application.sheet.SheetView;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.support.SameSiteNavigation;
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
    cat.digicanvis.portal.infrastructure.config.PortalSettings settings;

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
        if (me.isSignedIn() && !me.actor().memberOf().isEmpty()
                && SameSiteNavigation.ownNavigation(Pages.request(), settings)) {
            recommendations.recordView(me.actor(), sheetId);
        }
    }

    /** Whether the reader may edit this sheet: the same rule the service applies (its body's members, editors). */
    public boolean isWritable() {
        return sheet != null && me.isSignedIn() && me.actor().mayWriteFor(sheet.lead().id());
    }

    private java.util.Set<InteractionKind> marks;
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

    /** What the member set on this sheet for their body (bookmark, "worked for us"); empty for others. */
    public java.util.Set<InteractionKind> getMarks() {
        if (marks == null) {
            marks = sheet == null || !me.isSignedIn() ? java.util.Set.of() : recommendations.marks(me.actor(), sheet.id());
        }
        return marks;
    }

    public boolean isBookmarked() {
        return getMarks().contains(InteractionKind.BOOKMARK);
    }

    public boolean isWorked() {
        return getMarks().contains(InteractionKind.WORKED_FOR_US);
    }

    /** Members of a body can bookmark and rate sheets on its behalf. */
    public boolean isMarkable() {
        return me.isSignedIn() && !me.actor().memberOf().isEmpty();
    }

    public void toggleBookmark() {
        toggle(InteractionKind.BOOKMARK);
    }

    public void toggleWorked() {
        toggle(InteractionKind.WORKED_FOR_US);
    }

    private void toggle(InteractionKind kind) {
        Long sheetId = Pages.parseId(id);
        java.util.Optional<Long> body = RecommendationService.primaryBody(me.actor());
        if (sheetId == null || body.isEmpty()) {
            Pages.forbidden();
            return;
        }
        try {
            boolean on = !recommendations.marks(me.actor(), sheetId).contains(kind);
            recommendations.mark(me.actor(), body.get(), sheetId, kind, on);
            Pages.flash(cat.digicanvis.portal.web.support.Messages.text(jakarta.faces.context.FacesContext.getCurrentInstance(),
                    "mark." + kind.name() + (on ? ".on" : ".off")));
            Pages.redirect("/project/view.xhtml?id=" + sheetId);
        } catch (cat.digicanvis.portal.domain.shared.AccessDeniedException e) {
            Pages.forbidden();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
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

    private java.util.List<ContactDetailView> details;

    /** Emails and phones of the contact people, only for verified members (the service checks). */
    public java.util.List<ContactDetailView> getContactDetails() {
        if (details == null) {
            details = sheet == null || !me.isContactsVisible() ? java.util.List.of()
                    : sheets.contactDetails(me.actor(), sheet.id());
        }
        return details;
    }
}
