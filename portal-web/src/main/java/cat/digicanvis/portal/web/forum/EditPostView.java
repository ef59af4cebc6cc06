package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.application.forum.RevisionView;
import cat.digicanvis.portal.domain.model.forum.Post;
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
 * Editing a post (forum/edit.xhtml?post=N) with its earlier versions. The version read with the form guards
 * against a concurrent edit: the second save is refused and its text stays in the form.
 */
@Named
@ViewScoped
public class EditPostView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    private String postParam;
    private PostView post;
    private List<RevisionView> revisions;
    private String body;
    private boolean conflict;

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
            if (!post.mayEdit()) {
                Pages.forbidden();
                return;
            }
            revisions = forum.revisions(me.actor(), id);
            body = post.markdown();
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void save() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            PostView saved = forum.edit(me.actor(), post.id(), post.version(), body);
            Pages.flash(Messages.text(ctx, "forum.saved"));
            Pages.redirect("/forum/post.xhtml?id=" + saved.id());
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException e) {
            conflict = true;
            Messages.error(ctx, Messages.text(ctx, "validation.concurrent"));
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public int getBodyMax() {
        return Post.BODY_MAX;
    }

    public PostView getPost() {
        return post;
    }

    public List<RevisionView> getRevisions() {
        return revisions;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getPostParam() {
        return postParam;
    }

    public void setPostParam(String postParam) {
        this.postParam = postParam;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
