package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.domain.model.forum.FlagReason;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
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

/** Flagging a post for the moderators (forum/flag.xhtml?post=N): a reason, and a note for "other". */
@Named
@ViewScoped
public class FlagPostView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    private String postParam;
    private PostView post;
    private String reason;
    private String note;

    public void load() {
        if (post != null) {
            return;
        }
        Long id = Pages.parseId(postParam);
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            post = forum.post(me.actor(), id);
            if (!post.mayFlag()) {
                Pages.forbidden();
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void send() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        FlagReason r = cat.digicanvis.portal.domain.shared.Codes.parse(FlagReason.class, reason).orElse(null);
        try {
            forum.flag(me.actor(), post.id(), r, note);
            Pages.flash(Messages.text(ctx, "forum.flagged"));
            Pages.redirect("/forum/topic.xhtml?id=" + post.topicId());
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<FlagReason> getReasons() {
        return List.of(FlagReason.values());
    }

    public int getNoteMax() {
        return ForumService.FLAG_NOTE_MAX;
    }

    public PostView getPost() {
        return post;
    }

    public String getPostParam() {
        return postParam;
    }

    public void setPostParam(String postParam) {
        this.postParam = postParam;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
