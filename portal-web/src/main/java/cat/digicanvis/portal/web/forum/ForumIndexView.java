package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.TopicListView;
import cat.digicanvis.portal.domain.model.forum.TopicSort;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The forum's front page (forum/index.xhtml?list=&amp;sort=&amp;page=): its categories and a list of topics. */
@Named
@RequestScoped
public class ForumIndexView {

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    private String list;
    private String sort;
    private String page;
    private List<CategoryView> categories;
    private TopicListView topics;

    public void load() {
        try {
            categories = forum.categories(me.actor());
            topics = forum.topics(me.actor(), null, ForumLists.list(list), ForumLists.sort(sort), ForumLists.page(page));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<TopicSort> getSorts() {
        return List.of(TopicSort.values());
    }

    public List<Integer> getPageLinks() {
        return topics == null ? List.of() : ForumLists.window(topics.page(), topics.pages());
    }

    public boolean isMayStart() {
        return categories != null && categories.stream().anyMatch(CategoryView::mayStart);
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public TopicListView getTopics() {
        return topics;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

}
