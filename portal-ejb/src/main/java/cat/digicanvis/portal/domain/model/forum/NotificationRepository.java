package cat.digicanvis.portal.domain.model.forum;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who watches what, and what the forum told each person. */
public interface NotificationRepository {

    /**
     * Records a notification unless the person already has one of this kind for this post; true when new.
     * {@code mailedAt} is set when it goes out by mail at once (a digest then leaves it out).
     */
    boolean notify(long recipientId, NotificationKind kind, long topicId, long postId, String actorName,
            LocalDateTime now, LocalDateTime mailedAt);

    /** Tells a person of news in a request's conversation (already mailed with it; unread until they open it). */
    void notifyRequest(long recipientId, long requestId, String actorName, LocalDateTime now);

    /** Marks as read the person's notifications about a request. */
    int markRequestRead(long recipientId, long requestId, LocalDateTime now);

    /** The person's forum mail choices, if they made any (else the defaults hold). */
    Optional<MailPreference> preference(long accountId);

    void store(MailPreference preference);

    Optional<WatchLevel> categoryLevel(long accountId, long categoryId);

    void setCategoryLevel(long accountId, long categoryId, WatchLevel level);

    /** The people at a level for a category. */
    Set<Long> atCategory(long categoryId, WatchLevel level);

    /**
     * The people who have unread notifications not yet mailed, created after {@code since}, of a kind they
     * want mailed at this frequency (with the defaults for those who chose nothing).
     */
    List<Long> digestRecipients(MailFrequency frequency, LocalDateTime since);

    /** Those notifications of one person, oldest first, locked until the transaction ends. */
    List<Notification> digestItems(long recipientId, MailFrequency frequency, LocalDateTime since);

    void markMailed(List<Long> notificationIds, LocalDateTime now);

    long unread(long recipientId);

    /** The person's latest notifications, newest first. */
    List<Notification> latest(long recipientId, int limit);

    /** Marks as read the person's notifications of a topic, or all of them when {@code topicId} is null. */
    int markRead(long recipientId, Long topicId, LocalDateTime now);

    Optional<WatchLevel> level(long accountId, long topicId);

    void setLevel(long accountId, long topicId, WatchLevel level);

    /** Sets the level only when the person has none yet for the topic (starting or replying watches it). */
    void watchIfNew(long accountId, long topicId);

    /** The people at a level for a topic. */
    Set<Long> at(long topicId, WatchLevel level);
}
