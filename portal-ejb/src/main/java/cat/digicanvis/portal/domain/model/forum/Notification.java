package cat.digicanvis.portal.domain.model.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Something the forum told a person: what happened, in which topic and post (or in which request's
 * conversation), by whom, and whether they read it.
 */
@Entity
@Table(name = "forum_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;
    /** The topic and post a forum notification is about (null for a request's). */
    @Column(name = "topic_id")
    private Long topicId;
    @Column(name = "post_id")
    private Long postId;
    /** The request whose conversation a {@link NotificationKind#REQUEST} notification is about. */
    @Column(name = "request_id")
    private Long requestId;
    @Column(name = "actor_name", nullable = false)
    private String actorName;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "read_at")
    private LocalDateTime readAt;
    /** When it went out by mail, at once or in a digest; never twice. */
    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    protected Notification() {
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getTopicId() {
        return topicId;
    }

    public Long getPostId() {
        return postId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getActorName() {
        return actorName;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public LocalDateTime getMailedAt() {
        return mailedAt;
    }
}
