package cat.digicanvis.portal.web.forum;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.TopicListView;
import cat.digicanvis.portal.domain.model.forum.TopicSort;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** One category's topics (forum/category.xhtml?id=N&amp;list=&amp;sort=&amp;page=). */
@Named
@RequestScoped
public class ForumCategoryView {

    @Inject
    ForumService forum;
    @Inject
    CurrentUser me;

    private String id;
    private String list;
    private String sort;
    private String page;
    private TopicListView topics;

    public void load() {
        Long categoryId = Pages.parseId(id);
        if (categoryId == null) {
            Pages.notFound();
            return;
        }
        try {
            topics = forum.topics(me.actor(), categoryId, ForumLists.list(list), ForumLists.sort(sort),
                    ForumLists.page(page));
        } catch (NotFoundException e) {
            Pages.notFound();
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

    public TopicListView getTopics() {
        return topics;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
