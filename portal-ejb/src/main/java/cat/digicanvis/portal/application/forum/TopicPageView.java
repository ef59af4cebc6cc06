package cat.digicanvis.portal.application.forum;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a topic (20 posts), the reader's own posts that wait for approval, where they stopped reading
 * (the first unread post and its page), whether they may reply (or the message key saying why not), and
 * the sheet the discussion belongs to, if any; for a signed-in reader, how they follow the topic.
 */
public record TopicPageView(TopicSummaryView topic, CategoryView category, List<PostView> posts,
        List<PostView> waiting, int page, int pages, long totalPosts, int unread, Long firstUnreadPostId,
        int firstUnreadPage, boolean mayReply, String noReplyKey, boolean mayModerate, Long sheetId,
        String sheetTitle, boolean readOnly, boolean watchedByDefault,
        cat.digicanvis.portal.domain.model.forum.WatchLevel watchLevel) implements Serializable {
}
