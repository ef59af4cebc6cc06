package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostedView;
import cat.digicanvis.portal.application.forum.TopicDraft;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.Topic;
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

/**
 * A new topic (forum/new.xhtml[?category=N]), or the first post of a sheet's discussion
 * (forum/new.xhtml?sheet=N). Signed-in people only; a refused post keeps its text in the form.
 */
@Named
@ViewScoped
public class NewTopicView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService forum;
    @Inject
    ProjectSheetService sheets;
    @Inject
    CurrentUser me;

    private String categoryParam;
    private String sheetParam;
    private List<CategoryView> categories;
    private Long sheetId;
    private String sheetTitle;
    private String category;
    private String title;
    private String body;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        if (!me.isSignedIn()) {
            Pages.redirect("/account/login.xhtml?back=" + java.net.URLEncoder.encode("/forum/new.xhtml"
                    + (sheetParam == null ? "" : "?sheet=" + sheetParam), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        try {
            if (sheetParam != null && !sheetParam.isBlank()) {
                sheetId = Pages.parseId(sheetParam);
                if (sheetId == null) {
                    Pages.notFound();
                    return;
                }
                sheetTitle = sheets.view(sheetId).title();
                Long existing = forum.sheetDiscussion(me.actor(), sheetId).topicId();
                if (existing != null && forum.sheetDiscussion(me.actor(), sheetId).posts() > 0) {
                    Pages.redirect("/forum/topic.xhtml?id=" + existing + "#reply");
                    return;
                }
            } else {
                categories = forum.startable(me.actor());
                if (categories.isEmpty()) {
                    Pages.forbidden();
                    return;
                }
                Long wanted = Pages.parseId(categoryParam);
                category = categories.stream().filter(c -> wanted != null && c.id() == wanted).findFirst()
                        .map(c -> String.valueOf(c.id())).orElse(null);
            }
            loaded = true;
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void send() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            PostedView posted = forum.startTopic(me.actor(), new TopicDraft(sheetId == null ? Pages.parseId(category) : null,
                    sheetId, title, body));
            Pages.flash(Messages.text(ctx, posted.pending() ? "forum.posted.pending" : "forum.posted"));
            Pages.redirect("/forum/topic.xhtml?id=" + posted.topicId() + "&page=" + posted.page()
                    + (posted.pending() ? "#waiting" : "#post-" + posted.number()));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public int getTitleMax() {
        return Topic.TITLE_MAX;
    }

    public int getBodyMax() {
        return Post.BODY_MAX;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public Long getSheetId() {
        return sheetId;
    }

    public String getSheetTitle() {
        return sheetTitle;
    }

    public String getCategoryParam() {
        return categoryParam;
    }

    public void setCategoryParam(String categoryParam) {
        this.categoryParam = categoryParam;
    }

    public String getSheetParam() {
        return sheetParam;
    }

    public void setSheetParam(String sheetParam) {
        this.sheetParam = sheetParam;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
