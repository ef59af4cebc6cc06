package cat.digicanvis.portal.domain.model.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An earlier text of an edited post, shown to its author and to moderators. */
@Entity
@Table(name = "forum_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id", nullable = false)
    private Long postId;
    @Column(nullable = false)
    private String body;
    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected PostRevision() {
    }

    public PostRevision(long postId, String body, LocalDateTime writtenAt) {
        this.postId = postId;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long getPostId() {
        return postId;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }
}
