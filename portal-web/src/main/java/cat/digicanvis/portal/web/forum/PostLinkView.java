package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostLocation;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A post's permanent link (forum/post.xhtml?id=N): it lands on the page of its topic that shows it. */
@Named
@RequestScoped
public class PostLinkView {

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    private String id;

    public void go() {
        Long postId = Pages.parseId(id);
        if (postId == null) {
            Pages.notFound();
            return;
        }
        try {
            PostLocation at = forum.locate(me.actor(), postId);
            Pages.redirect("/forum/topic.xhtml?id=" + at.topicId() + "&page=" + at.page() + "#p" + at.postId());
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
