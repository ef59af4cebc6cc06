package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.NotificationKind;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A notification as its page lists it: about a topic's post, or (kind REQUEST) about a request's conversation,
 * whose parties stand where a topic's title does.
 */
public record NotificationView(long id, NotificationKind kind, Long topicId, String topicTitle, Long postId,
        String actorName, LocalDateTime createdAt, boolean read, Long requestId) implements Serializable {

    public boolean aboutRequest() {
        return requestId != null;
    }
}
