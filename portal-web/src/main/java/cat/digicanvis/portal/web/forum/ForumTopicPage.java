package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.application.forum.TopicPageView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Reading a topic (forum/topic.xhtml?id=N&amp;page=P[&amp;quote=POST]). Request-scoped, so a visitor's page needs
 * no session and can be cached; the actions of signed-in people live in {@link ForumTopicView}, which keeps
 * what this page showed for their postbacks.
 */
@Named
@RequestScoped
public class ForumTopicPage {

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    private String id;
    private String page;
    private String quote;
    private String reply;
    private TopicPageView view;
    private PostView quoted;

    public void load() {
        Long topicId = Pages.parseId(id);
        if (topicId == null) {
            Pages.notFound();
            return;
        }
        try {
            view = forum.topic(me.actor(), topicId, ForumLists.page(page));
            Long q = Pages.parseId(quote);
            if (q != null && view.mayReply()) {
                quoted = quotable(topicId, q);
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    /** A visible post of this topic to quote; anything else is ignored (the form starts empty). */
    private PostView quotable(long topicId, long postId) {
        try {
            PostView p = forum.post(me.actor(), postId);
            return p.topicId() == topicId && p.markdown() != null && !p.pending() ? p : null;
        } catch (NotFoundException e) {
            return null;
        }
    }

    public List<Integer> getPageLinks() {
        return view == null ? List.of() : ForumLists.window(view.page(), view.pages());
    }

    public TopicPageView getView() {
        return view;
    }

    public PostView getQuoted() {
        return quoted;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** Whether the person asked for the reply form (reply=1, or a post to quote). */
    public boolean isWriting() {
        return reply != null && !reply.isBlank() || quoted != null;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }
}
