package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.SearchResultView;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.IsoDays;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Forum search (forum/search.xhtml?q=&amp;category=&amp;author=&amp;from=&amp;to=&amp;page=): a plain GET form, so
 * results can be bookmarked and the page works without JavaScript. Bad input is a message, never a failure.
 */
@Named
@RequestScoped
public class ForumSearchPage {

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    private String q;
    private String category;
    private String author;
    private String from;
    private String to;
    private String page;
    private SearchResultView result;
    private List<CategoryView> categories;

    public void load() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        categories = forum.categories(me.actor());
        List<Violation> problems = new ArrayList<>();
        Long categoryId = null;
        if (category != null && !category.isBlank()) {
            categoryId = Pages.parseId(category);
            if (categoryId == null) {
                problems.add(Violation.of("category", "validation.required"));
            }
        }
        LocalDate fromDay = IsoDays.parse(from, "searchFrom", problems);
        LocalDate toDay = IsoDays.parse(to, "searchTo", problems);
        if (!problems.isEmpty()) {
            Messages.violations(ctx, problems);
            return;
        }
        try {
            result = forum.search(me.actor(), q, categoryId, author, fromDay, toDay, ForumLists.page(page));
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    /** The address of another page of the same results. */
    public String pageLink(int n) {
        return "/forum/search.xhtml?q=" + enc(q) + "&category=" + enc(category) + "&author=" + enc(author) + "&from="
                + enc(from) + "&to=" + enc(to) + "&page=" + n;
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public List<Integer> getPageLinks() {
        return result == null ? List.of() : ForumLists.window(result.page(), result.pages());
    }

    public SearchResultView getResult() {
        return result;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
