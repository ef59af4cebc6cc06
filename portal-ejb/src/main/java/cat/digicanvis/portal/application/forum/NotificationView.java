package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.NotificationKind;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A notification as its page lists it. */
public record NotificationView(long id, NotificationKind kind, long topicId, String topicTitle, long postId,
        String actorName, LocalDateTime createdAt, boolean read) implements Serializable {
}
