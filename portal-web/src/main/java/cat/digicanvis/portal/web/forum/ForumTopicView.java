package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumModerationService;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.application.forum.PostedView;
import cat.digicanvis.portal.application.forum.TopicPageView;
import cat.digicanvis.portal.domain.model.forum.Pin;
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
import java.util.List;

/**
 * What signed-in people do on a topic's page: reply, act on posts and, for moderators, on the topic. View-scoped
 * (only ever used by signed-in people, who have a session anyway), so a postback finds the posts the page
 * showed. Every action redirects back (so reloading repeats nothing); a refused reply keeps its text in the form.
 */
@Named
@ViewScoped
public class ForumTopicView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService forum;
    @Inject
    ForumModerationService moderation;
    @Inject
    CurrentUser me;
    @Inject
    ForumTopicPage pageBean;

    private String id;
    private String page;
    private TopicPageView view;
    private PostView quoted;
    private String body;
    private String quotePost;
    private String pin;
    private String moveTo;
    private String slowMode;
    private List<CategoryView> categories;

    /** What the page showed: taken from the reading bean on the first render, kept for the postbacks. */
    public TopicPageView getView() {
        if (view == null && pageBean.getView() != null) {
            view = pageBean.getView();
            id = pageBean.getId();
            page = pageBean.getPage();
            quoted = pageBean.getQuoted();
            if (quoted != null && body == null) {
                quotePost = String.valueOf(quoted.id());
                body = quoteText(quoted);
            }
            pin = view.topic().pinned().name();
            slowMode = String.valueOf(view.topic().slowModeMinutes());
        }
        return view;
    }

    /** The quoted post's text as Markdown quote lines, to answer below it. */
    static String quoteText(PostView p) {
        String source = p.markdown() == null ? "" : p.markdown();
        StringBuilder b = new StringBuilder();
        for (String line : source.strip().split("\n")) {
            b.append("> ").append(line).append('\n');
        }
        return b.append('\n').toString();
    }

    private long topicId() {
        Long t = Pages.parseId(id);
        if (t == null) {
            throw new NotFoundException("topic", 0);
        }
        return t;
    }

    public void reply() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            PostedView posted = forum.reply(me.actor(), topicId(), body, Pages.parseId(quotePost));
            Pages.flash(Messages.text(ctx, posted.pending() ? "forum.posted.pending" : "forum.posted"));
            Pages.redirect("/forum/topic.xhtml?id=" + posted.topicId() + "&page=" + posted.page()
                    + (posted.pending() ? "#waiting" : "#post-" + posted.number()));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
            reload();
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void like(long postId, boolean on) {
        act(() -> forum.like(me.actor(), postId, on), on ? "forum.liked" : "forum.unliked", postId);
    }

    public void bookmark(long postId, boolean on) {
        act(() -> forum.bookmark(me.actor(), postId, on), on ? "forum.bookmarked" : "forum.unbookmarked", postId);
    }

    public void accept(long postId, boolean on) {
        act(() -> forum.accept(me.actor(), postId, on), on ? "forum.accepted" : "forum.unaccepted", postId);
    }

    public void withdraw(long postId, int version) {
        act(() -> forum.withdraw(me.actor(), postId, version), "forum.withdrawn", null);
    }

    public void close(boolean closed) {
        act(() -> moderation.close(me.actor(), topicId(), closed), closed ? "forum.closed" : "forum.reopened", null);
    }

    public void applyPin() {
        act(() -> moderation.pin(me.actor(), topicId(), Pin.valueOf(pin)), "forum.pinned", null);
    }

    public void move() {
        Long target = Pages.parseId(moveTo);
        act(() -> moderation.move(me.actor(), topicId(), target == null ? -1 : target), "forum.moved", null);
    }

    public void applySlowMode() {
        int minutes;
        try {
            minutes = Integer.parseInt(slowMode == null ? "" : slowMode.strip());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        int m = minutes;
        act(() -> moderation.slowMode(me.actor(), topicId(), m), "forum.slowModeSet", null);
    }

    private void act(Runnable action, String doneKey, Long postId) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            action.run();
            Pages.flash(Messages.text(ctx, doneKey));
            String anchor = postId == null ? "" : "#p" + postId;
            Pages.redirect(postId == null ? "/forum/topic.xhtml?id=" + topicId() + "&page=" + ForumLists.page(page)
                    : "/forum/post.xhtml?id=" + postId + anchor);
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
            reload();
        } catch (ConcurrentEditException e) {
            Messages.error(ctx, Messages.text(ctx, "validation.concurrent"));
            reload();
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (IllegalArgumentException e) {
            Messages.error(ctx, Messages.text(ctx, "validation.required"));
            reload();
        }
    }

    private void reload() {
        try {
            view = forum.topic(me.actor(), topicId(), ForumLists.page(page));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public List<Integer> getPageLinks() {
        TopicPageView v = getView();
        return v == null ? List.of() : ForumLists.window(v.page(), v.pages());
    }

    private String watchLevel;

    /** How the person follows the topic, as the form shows it. */
    public String getWatchLevel() {
        if (watchLevel == null && getView() != null) {
            watchLevel = forum.watchLevel(me.actor(), view.topic().id()).name();
        }
        return watchLevel;
    }

    public void setWatchLevel(String watchLevel) {
        this.watchLevel = watchLevel;
    }

    public List<cat.digicanvis.portal.domain.model.forum.WatchLevel> getWatchLevels() {
        return java.util.Arrays.stream(cat.digicanvis.portal.domain.model.forum.WatchLevel.values())
                .filter(cat.digicanvis.portal.domain.model.forum.WatchLevel::forTopics).toList();
    }

    public void applyWatch() {
        act(() -> forum.watch(me.actor(), topicId(), cat.digicanvis.portal.domain.model.forum.WatchLevel.valueOf(watchLevel)),
                "forum.watchSet", null);
    }

    public List<Pin> getPins() {
        return List.of(Pin.values());
    }

    public List<CategoryView> getCategories() {
        if (categories == null) {
            categories = me.isEditor() ? forum.categories(me.actor()) : List.of();
        }
        return categories;
    }

    public int getBodyMax() {
        return cat.digicanvis.portal.domain.model.forum.Post.BODY_MAX;
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getQuotePost() {
        return quotePost;
    }

    public void setQuotePost(String quotePost) {
        this.quotePost = quotePost;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public String getSlowMode() {
        return slowMode;
    }

    public void setSlowMode(String slowMode) {
        this.slowMode = slowMode;
    }
}
