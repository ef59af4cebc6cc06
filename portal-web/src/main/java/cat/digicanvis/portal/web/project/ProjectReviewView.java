package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.sheet.ContactDetailView;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.SheetReviewView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A sheet in any state with its workflow (project/review.xhtml?id=N): its author submits it, an editor
 * returns it with a comment, publishes it, or unpublishes it with a reason. The service decides who may.
 */
@Named
@ViewScoped
public class ProjectReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectSheetService sheets;
    @Inject
    CurrentUser me;

    private String id;
    private SheetReviewView review;
    private List<ContactDetailView> contacts;
    private String comment;
    private String revisionNote;

    public void load() {
        if (review != null) {
            return;
        }
        Long sheetId = Pages.parseId(id);
        if (sheetId == null) {
            Pages.notFound();
            return;
        }
        try {
            reload(sheetId);
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    private void reload(long sheetId) {
        review = sheets.review(me.actor(), sheetId);
        contacts = sheets.contactDetails(me.actor(), sheetId);
    }

    private interface Step {
        void run(long id, int version);
    }

    private void act(Step step, String doneKey) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        long sheetId = review.sheet().id();
        try {
            step.run(sheetId, review.version());
            comment = null;
            Messages.info(ctx, Messages.text(ctx, doneKey));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException e) {
            Messages.error(ctx, Messages.text(ctx, "review.conflict"));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
            return;
        }
        reload(sheetId);
    }

    public void submit() {
        act((i, v) -> sheets.submit(me.actor(), i, v), "review.submitted");
    }

    public void returnToAuthor() {
        act((i, v) -> sheets.returnToAuthor(me.actor(), i, v, comment), "review.returned");
    }

    public void publish() {
        act((i, v) -> sheets.publish(me.actor(), i, v), "review.published");
    }

    public void unpublish() {
        act((i, v) -> sheets.unpublish(me.actor(), i, v, comment), "review.unpublished");
    }

    /** The pending changes' actions take the revision's version, as the page showed it. */
    private void onRevision(Step step, String doneKey) {
        if (review.pendingRevision() == null) {
            reload(review.sheet().id());
            return;
        }
        int version = review.pendingRevision().version();
        act((i, v) -> step.run(i, version), doneKey);
        revisionNote = null;
    }

    public void acceptRevision() {
        onRevision((i, v) -> sheets.acceptRevision(me.actor(), i, v), "revision.accepted");
    }

    public void rejectRevision() {
        onRevision((i, v) -> sheets.rejectRevision(me.actor(), i, v, revisionNote), "revision.rejected");
    }

    public void withdrawRevision() {
        onRevision((i, v) -> sheets.withdrawRevision(me.actor(), i, v), "revision.withdrawn");
    }

    public String getRevisionNote() {
        return revisionNote;
    }

    public void setRevisionNote(String revisionNote) {
        this.revisionNote = revisionNote;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SheetReviewView getReview() {
        return review;
    }

    public List<ContactDetailView> getContacts() {
        return contacts;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
