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
 * What signed-in people do on a topic's page with its forms: reply and, for moderators, act on the topic (the
 * actions on posts and following are plain forms, {@link ForumActionServlet}). View-scoped
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
    private boolean writing;

    /** What the page showed: taken from the reading bean on the first render, kept for the postbacks. */
    public TopicPageView getView() {
        if (view == null && pageBean.getView() != null) {
            view = pageBean.getView();
            id = pageBean.getId();
            page = pageBean.getPage();
            quoted = pageBean.getQuoted();
            writing = pageBean.isWriting();
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

    public void close(boolean closed) {
        act(() -> moderation.close(me.actor(), topicId(), closed), closed ? "forum.closed" : "forum.reopened");
    }

    public void applyPin() {
        act(() -> moderation.pin(me.actor(), topicId(), Pin.valueOf(pin)), "forum.pinned");
    }

    public void move() {
        Long target = Pages.parseId(moveTo);
        act(() -> moderation.move(me.actor(), topicId(), target == null ? -1 : target), "forum.moved");
    }

    public void applySlowMode() {
        int minutes;
        try {
            minutes = Integer.parseInt(slowMode == null ? "" : slowMode.strip());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        int m = minutes;
        act(() -> moderation.slowMode(me.actor(), topicId(), m), "forum.slowModeSet");
    }

    private void act(Runnable action, String doneKey) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            action.run();
            Pages.flash(Messages.text(ctx, doneKey));
            Pages.redirect("/forum/topic.xhtml?id=" + topicId() + "&page=" + ForumLists.page(page));
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

    /** Whether the page shows the reply form (asked for with reply=1 or a quote, kept across its postbacks). */
    public boolean isWriting() {
        return writing;
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
