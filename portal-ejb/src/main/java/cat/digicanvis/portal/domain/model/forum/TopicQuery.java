package cat.digicanvis.portal.domain.model.forum;

import java.util.Collection;

/**
 * A page of a topic list: among the categories the reader may read, optionally one category, one of the
 * lists (the person's own and bookmarks need {@code accountId}), an order, and the slice.
 */
public record TopicQuery(Collection<Long> readableCategories, Long categoryId, TopicList list, TopicSort sort,
        Long accountId, int offset, int limit) {
}
