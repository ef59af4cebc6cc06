package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.TopicSort;
import java.io.Serializable;
import java.util.List;

/** A page of a topic list, with where it is in the whole. {@code category} is null outside a category. */
public record TopicListView(List<TopicSummaryView> items, long total, int page, int pages, TopicList list,
        TopicSort sort, CategoryView category) implements Serializable {
}
