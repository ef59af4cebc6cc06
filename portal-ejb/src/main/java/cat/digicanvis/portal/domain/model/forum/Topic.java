package cat.digicanvis.portal.domain.model.forum;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A conversation in a category: a title and its posts, numbered in the order they were written. The topic
 * keeps what its lists show (visible posts, last activity and who) so that lists never count posts, and it
 * hands out the numbers of new posts, which the service does under a lock of the topic's row.
 */
@Entity
@Table(name = "forum_topic")
public class Topic {

    public static final int TITLE_MIN = 15;
    public static final int TITLE_MAX = 200;
    public static final int SLOW_MODE_MAX = 1440;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private ForumCategory category;
    @Column(nullable = false)
    private String title;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(name = "sheet_id")
    private Long sheetId;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "last_post_at", nullable = false)
    private LocalDateTime lastPostAt;
    @Column(name = "last_poster_name", nullable = false)
    private String lastPosterName;
    @Column(name = "next_number", nullable = false)
    private int nextNumber = 1;
    @Column(name = "visible_posts", nullable = false)
    private int visiblePosts;
    private boolean closed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Pin pinned = Pin.NONE;
    @Column(name = "slow_mode_minutes", nullable = false)
    private int slowModeMinutes;
    @Column(name = "accepted_post_id")
    private Long acceptedPostId;
    private boolean demo;

    protected Topic() {
    }

    public Topic(ForumCategory category, String title, Long authorId, String authorName, Long sheetId,
            LocalDateTime now) {
        this.title = checkTitle(title);
        this.category = category;
        this.authorId = authorId;
        this.authorName = authorName;
        this.sheetId = sheetId;
        this.createdAt = now;
        this.lastPostAt = now;
        this.lastPosterName = authorName;
    }

    public static String checkTitle(String title) {
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            throw new RuleViolationException(Violation.of("topicTitle", "validation.length", TITLE_MIN, TITLE_MAX));
        }
        return t;
    }

    /** The number the next post gets. */
    public int takeNumber() {
        return nextNumber++;
    }

    /** A post became visible: it counts, and it is the latest activity if it is newer. */
    public void shown(Post post) {
        visiblePosts++;
        if (!post.getCreatedAt().isBefore(lastPostAt) || visiblePosts == 1) {
            lastPostAt = post.getCreatedAt();
            lastPosterName = post.getAuthorName();
        }
    }

    /** A visible post was hidden, withdrawn or deleted. */
    public void unshown(Post post) {
        visiblePosts = Math.max(0, visiblePosts - 1);
        if (acceptedPostId != null && acceptedPostId.equals(post.getId())) {
            acceptedPostId = null;
        }
    }

    public void close() {
        closed = true;
    }

    public void reopen() {
        closed = false;
    }

    public void pin(Pin pin) {
        pinned = pin == null ? Pin.NONE : pin;
    }

    public void moveTo(ForumCategory target) {
        category = target;
    }

    public void slowMode(int minutes) {
        if (minutes < 0 || minutes > SLOW_MODE_MAX) {
            throw new RuleViolationException(Violation.of("slowMode", "validation.range", 0, SLOW_MODE_MAX));
        }
        slowModeMinutes = minutes;
    }

    /** The answer is a visible reply, never the question itself. */
    public void accept(Post post) {
        if (post == null) {
            acceptedPostId = null;
            return;
        }
        if (post.getNumber() == 1 || post.getStatus() != PostStatus.VISIBLE || !post.getTopic().getId().equals(id)) {
            throw new RuleViolationException(Violation.of(null, "validation.forum.notAnswer"));
        }
        acceptedPostId = post.getId();
    }

    public void markDemo() {
        demo = true;
    }

    /** Replies that are shown: the first post is the question. */
    public int getReplies() {
        return Math.max(0, visiblePosts - 1);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public ForumCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Long getSheetId() {
        return sheetId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastPostAt() {
        return lastPostAt;
    }

    public String getLastPosterName() {
        return lastPosterName;
    }

    /** The number of the latest post written, shown or not. */
    public int getLastNumber() {
        return nextNumber - 1;
    }

    public int getVisiblePosts() {
        return visiblePosts;
    }

    public boolean isClosed() {
        return closed;
    }

    public Pin getPinned() {
        return pinned;
    }

    public int getSlowModeMinutes() {
        return slowModeMinutes;
    }

    public Long getAcceptedPostId() {
        return acceptedPostId;
    }

    public boolean isDemo() {
        return demo;
    }
}
