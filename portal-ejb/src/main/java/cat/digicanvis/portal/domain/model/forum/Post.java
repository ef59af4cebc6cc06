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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * One message of a topic, written in Markdown and kept with its safe HTML (rendered once, when written). It
 * knows its own lifecycle: a newcomer's post waits for approval, a flagged one is hidden until reviewed,
 * the author may withdraw it, a moderator may hide or delete it, and an edit keeps the earlier text as a
 * revision unless it follows the previous writing within five minutes (Discourse's grace period).
 */
@Entity
@Table(name = "forum_post")
public class Post {

    public static final int BODY_MIN = 20;
    public static final int BODY_MAX = 32_000;
    public static final int NOTE_MAX = 1000;
    public static final Duration EDIT_GRACE = Duration.ofMinutes(5);
    /** The author's name once their account is deleted: pages show "former member" in the reader's language. */
    public static final String FORMER_MEMBER = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;
    private int number;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "author_name", nullable = false)
    private String authorName;
    @Column(nullable = false)
    private String body;
    @Column(nullable = false)
    private String html;
    @Column(name = "body_hash", nullable = false)
    private String bodyHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostStatus status;
    @Column(name = "quote_post_id")
    private Long quotePostId;
    @Column(name = "quote_number")
    private Integer quoteNumber;
    @Column(name = "quote_author")
    private String quoteAuthor;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "edited_at")
    private LocalDateTime editedAt;
    private int revisions;
    private int likes;
    private int flags;
    @Column(name = "moderation_note")
    private String moderationNote;
    @Column(name = "moderated_by")
    private Long moderatedBy;
    @Column(name = "moderated_at")
    private LocalDateTime moderatedAt;

    protected Post() {
    }

    /**
     * A new post: {@code html} is the safe rendering of {@code body}; {@code quoted}, when given, is the
     * post this one answers by quoting it, in the same topic.
     */
    public Post(Topic topic, int number, Long authorId, String authorName, String body, String html,
            boolean pending, Post quoted, LocalDateTime now) {
        this.body = checkBody(body);
        this.html = html;
        this.bodyHash = hash(this.body);
        this.topic = topic;
        this.number = number;
        this.authorId = authorId;
        this.authorName = authorName;
        this.status = pending ? PostStatus.PENDING : PostStatus.VISIBLE;
        if (quoted != null) {
            this.quotePostId = quoted.getId();
            this.quoteNumber = quoted.getNumber();
            this.quoteAuthor = quoted.getAuthorName();
        }
        this.createdAt = now;
    }

    public static String checkBody(String body) {
        String b = body == null ? "" : body.strip();
        if (b.length() < BODY_MIN || b.length() > BODY_MAX) {
            throw new RuleViolationException(Violation.of("postBody", "validation.length", BODY_MIN, BODY_MAX));
        }
        return b;
    }

    /** The same text written again (ignoring case and spacing) has the same hash: a brake on repeats. */
    public static String hash(String body) {
        String normal = body.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The author (or a moderator) changes the text. Returns the earlier text when it must be kept as a
     * revision: not when the previous writing was less than five minutes ago.
     */
    public Optional<String> edit(String newBody, String newHtml, LocalDateTime now) {
        if (status == PostStatus.WITHDRAWN || status == PostStatus.DELETED) {
            throw new RuleViolationException(Violation.of(null, "validation.forum.gone"));
        }
        String b = checkBody(newBody);
        if (b.equals(body)) {
            return Optional.empty();
        }
        LocalDateTime last = editedAt == null ? createdAt : editedAt;
        Optional<String> earlier = Duration.between(last, now).compareTo(EDIT_GRACE) < 0
                ? Optional.empty() : Optional.of(body);
        earlier.ifPresent(x -> revisions++);
        body = b;
        html = newHtml;
        bodyHash = hash(b);
        editedAt = now;
        return earlier;
    }

    /** A moderator lets a waiting or hidden post be shown. Returns whether it became visible. */
    public boolean approve(long moderatorId, LocalDateTime now) {
        if (status != PostStatus.PENDING && status != PostStatus.HIDDEN) {
            return false;
        }
        status = PostStatus.VISIBLE;
        moderationNote = null;
        moderatedBy = moderatorId;
        moderatedAt = now;
        return true;
    }

    /** Hidden by a moderator with a reason for the author. Returns whether it was visible before. */
    public boolean hide(Long moderatorId, String reason, LocalDateTime now) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > NOTE_MAX) {
            throw new RuleViolationException(Violation.of("hideReason", "validation.length", 1, NOTE_MAX));
        }
        requireLive();
        boolean wasVisible = status == PostStatus.VISIBLE;
        status = PostStatus.HIDDEN;
        moderationNote = r;
        moderatedBy = moderatorId;
        moderatedAt = now;
        return wasVisible;
    }

    /** Enough people flagged it: hidden until a moderator reviews it. Returns whether it was visible. */
    public boolean hideForReview(LocalDateTime now) {
        if (status != PostStatus.VISIBLE) {
            return false;
        }
        status = PostStatus.HIDDEN;
        moderatedAt = now;
        return true;
    }

    /** The author takes it back. The first post of a topic stays: the topic would lose its question. */
    public boolean withdraw(LocalDateTime now) {
        requireLive();
        if (number == 1) {
            throw new RuleViolationException(Violation.of(null, "validation.forum.firstPost"));
        }
        boolean wasVisible = status == PostStatus.VISIBLE;
        status = PostStatus.WITHDRAWN;
        editedAt = now;
        return wasVisible;
    }

    /** A moderator removes it from the topic for good (it stays in the database for the audit). */
    public boolean delete(long moderatorId, LocalDateTime now) {
        requireLive();
        boolean wasVisible = status == PostStatus.VISIBLE;
        status = PostStatus.DELETED;
        moderatedBy = moderatorId;
        moderatedAt = now;
        return wasVisible;
    }

    private void requireLive() {
        if (status == PostStatus.WITHDRAWN || status == PostStatus.DELETED) {
            throw new RuleViolationException(Violation.of(null, "validation.forum.gone"));
        }
    }

    /** Someone else's account was deleted: the post reads as "former member"'s. */
    public void forgetAuthor(String formerMemberName, boolean removeText, String removedHtml) {
        authorId = null;
        authorName = formerMemberName;
        if (removeText) {
            body = "";
            html = removedHtml;
        }
    }

    public boolean isVisible() {
        return status == PostStatus.VISIBLE;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Topic getTopic() {
        return topic;
    }

    public int getNumber() {
        return number;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public String getHtml() {
        return html;
    }

    public String getBodyHash() {
        return bodyHash;
    }

    public PostStatus getStatus() {
        return status;
    }

    public Long getQuotePostId() {
        return quotePostId;
    }

    public Integer getQuoteNumber() {
        return quoteNumber;
    }

    public String getQuoteAuthor() {
        return quoteAuthor;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }

    public int getRevisions() {
        return revisions;
    }

    public int getLikes() {
        return likes;
    }

    public int getFlags() {
        return flags;
    }

    public String getModerationNote() {
        return moderationNote;
    }
}
