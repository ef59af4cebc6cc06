package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.domain.model.forum.WatchLevel;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Watching a whole category, on its page (signed-in people): every new post, only new topics, only what
 * involves oneself, or nothing.
 */
@Named
@RequestScoped
public class CategoryWatchView {

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;
    @Inject
    ForumCategoryView page;

    private String level;

    /** The category: the page's ?id= on a GET, the form's hidden field on a postback. */
    private Long categoryId() {
        return Pages.parseId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
    }

    public String getLevel() {
        Long id = categoryId();
        if (level == null && me.isSignedIn() && id != null) {
            try {
                level = forum.categoryWatchLevel(me.actor(), id).name();
            } catch (NotFoundException | AccessDeniedException e) {
                // the page itself answers 404 or 403
                level = WatchLevel.NORMAL.name();
            }
        }
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public List<WatchLevel> getLevels() {
        return List.of(WatchLevel.WATCHING, WatchLevel.FIRST_POST, WatchLevel.NORMAL, WatchLevel.MUTED);
    }

    public void apply() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Long id = categoryId();
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            WatchLevel chosen = getLevels().stream().filter(l -> l.name().equals(level)).findFirst().orElse(null);
            forum.watchCategory(me.actor(), id, chosen);
            Pages.flash(Messages.text(ctx, "forum.watchSet"));
            Pages.redirect("/forum/category.xhtml?id=" + id);
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
            // shown on the category's page, loaded again (a postback does not run its view action)
            page.setId(String.valueOf(id));
            page.load();
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }
}
