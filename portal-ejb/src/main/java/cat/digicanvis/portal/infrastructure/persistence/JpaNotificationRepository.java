package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.forum.MailFrequency;
import cat.digicanvis.portal.domain.model.forum.MailPreference;
import cat.digicanvis.portal.domain.model.forum.Notification;
import cat.digicanvis.portal.domain.model.forum.NotificationKind;
import cat.digicanvis.portal.domain.model.forum.NotificationRepository;
import cat.digicanvis.portal.domain.model.forum.WatchLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Notifications and watch levels in MariaDB; single-row inserts that a repeat cannot double (INSERT IGNORE). */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public boolean notify(long recipientId, NotificationKind kind, long topicId, long postId, String actorName,
            LocalDateTime now, LocalDateTime mailedAt) {
        return em.createNativeQuery("INSERT IGNORE INTO forum_notification (recipient_id, kind, topic_id, post_id,"
                + " actor_name, created_at, mailed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, recipientId)
                .setParameter(2, kind.name()).setParameter(3, topicId).setParameter(4, postId)
                .setParameter(5, actorName == null ? "" : actorName).setParameter(6, now).setParameter(7, mailedAt)
                .executeUpdate() == 1;
    }

    @Override
    public void notifyRequest(long recipientId, long requestId, String actorName, LocalDateTime now) {
        em.createNativeQuery("INSERT INTO forum_notification (recipient_id, kind, request_id, actor_name, created_at,"
                + " mailed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)").setParameter(1, recipientId)
                .setParameter(2, NotificationKind.REQUEST.name()).setParameter(3, requestId)
                .setParameter(4, actorName == null ? "" : actorName).setParameter(5, now).executeUpdate();
    }

    @Override
    public int markRequestRead(long recipientId, long requestId, LocalDateTime now) {
        return em.createNativeQuery("UPDATE forum_notification SET read_at = ?3 WHERE recipient_id = ?1"
                + " AND request_id = ?2 AND read_at IS NULL").setParameter(1, recipientId).setParameter(2, requestId)
                .setParameter(3, now).executeUpdate();
    }

    @Override
    public Optional<MailPreference> preference(long accountId) {
        return Optional.ofNullable(em.find(MailPreference.class, accountId));
    }

    @Override
    public void store(MailPreference preference) {
        if (!em.contains(preference)) {
            em.persist(preference);
        }
        em.flush();
    }

    @Override
    public Optional<WatchLevel> categoryLevel(long accountId, long categoryId) {
        return levelIn("forum_category_watch", "category_id", accountId, categoryId);
    }

    @Override
    public void setCategoryLevel(long accountId, long categoryId, WatchLevel level) {
        em.createNativeQuery("INSERT INTO forum_category_watch (account_id, category_id, level) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE level = VALUES(level)").setParameter(1, accountId)
                .setParameter(2, categoryId).setParameter(3, level.name()).executeUpdate();
    }

    @Override
    public Set<Long> atCategory(long categoryId, WatchLevel level) {
        return peopleAt("forum_category_watch", "category_id", categoryId, level);
    }

    /** The notifications a digest of this frequency takes, with the defaults for people without a choice. */
    private static String digestCondition() {
        String direct = java.util.Arrays.stream(NotificationKind.values()).filter(NotificationKind::isDirect)
                .map(k -> "'" + k.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        return " FROM forum_notification n JOIN account a ON a.id = n.recipient_id"
                + " LEFT JOIN forum_mail_preference p ON p.account_id = n.recipient_id"
                + " WHERE n.mailed_at IS NULL AND n.read_at IS NULL AND n.created_at > ?2 AND a.status = 'ACTIVE'"
                + " AND (CASE WHEN n.kind IN (" + direct + ") THEN COALESCE(p.direct, '"
                + MailPreference.DEFAULT_DIRECT.name() + "') ELSE COALESCE(p.other, '"
                + MailPreference.DEFAULT_OTHER.name() + "') END) = ?1";
    }

    @Override
    public List<Long> digestRecipients(MailFrequency frequency, LocalDateTime since) {
        List<Long> out = new java.util.ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT DISTINCT n.recipient_id" + digestCondition()
                + " ORDER BY n.recipient_id").setParameter(1, frequency.name()).setParameter(2, since).getResultList()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Notification> digestItems(long recipientId, MailFrequency frequency, LocalDateTime since) {
        return em.createNativeQuery("SELECT n.*" + digestCondition() + " AND n.recipient_id = ?3"
                + " ORDER BY n.created_at, n.id FOR UPDATE", Notification.class).setParameter(1, frequency.name())
                .setParameter(2, since).setParameter(3, recipientId).getResultList();
    }

    @Override
    public void markMailed(List<Long> notificationIds, LocalDateTime now) {
        if (notificationIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE forum_notification SET mailed_at = ?1 WHERE id IN ("
                + notificationIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                + ") AND mailed_at IS NULL").setParameter(1, now).executeUpdate();
    }

    @Override
    public long unread(long recipientId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM forum_notification WHERE recipient_id = ?1"
                + " AND read_at IS NULL").setParameter(1, recipientId).getSingleResult()).longValue();
    }

    @Override
    public List<Notification> latest(long recipientId, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :r ORDER BY n.createdAt DESC, n.id DESC",
                Notification.class).setParameter("r", recipientId).setMaxResults(limit).getResultList();
    }

    @Override
    public int markRead(long recipientId, Long topicId, LocalDateTime now) {
        return em.createNativeQuery("UPDATE forum_notification SET read_at = ?2 WHERE recipient_id = ?1 AND read_at IS NULL"
                + (topicId == null ? "" : " AND topic_id = ?3")).setParameter(1, recipientId).setParameter(2, now)
                .setParameter(3, topicId == null ? 0L : topicId).executeUpdate();
    }

    @Override
    public Optional<WatchLevel> level(long accountId, long topicId) {
        return levelIn("forum_watch", "topic_id", accountId, topicId);
    }

    /** A person's level for a topic ({@code forum_watch}) or a category ({@code forum_category_watch}). */
    private Optional<WatchLevel> levelIn(String table, String column, long accountId, long id) {
        List<?> r = em.createNativeQuery("SELECT level FROM " + table + " WHERE account_id = ?1 AND " + column + " = ?2")
                .setParameter(1, accountId).setParameter(2, id).getResultList();
        return r.stream().findFirst().map(o -> WatchLevel.valueOf(o.toString()));
    }

    private Set<Long> peopleAt(String table, String column, long id, WatchLevel level) {
        Set<Long> out = new HashSet<>();
        for (Object o : em.createNativeQuery("SELECT account_id FROM " + table + " WHERE " + column + " = ?1 AND level = ?2")
                .setParameter(1, id).setParameter(2, level.name()).getResultList()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    @Override
    public void setLevel(long accountId, long topicId, WatchLevel level) {
        em.createNativeQuery("INSERT INTO forum_watch (account_id, topic_id, level) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE level = VALUES(level)").setParameter(1, accountId).setParameter(2, topicId)
                .setParameter(3, level.name()).executeUpdate();
    }

    @Override
    public void watchIfNew(long accountId, long topicId) {
        em.createNativeQuery("INSERT IGNORE INTO forum_watch (account_id, topic_id, level) VALUES (?1, ?2, 'WATCHING')")
                .setParameter(1, accountId).setParameter(2, topicId).executeUpdate();
    }

    @Override
    public Set<Long> at(long topicId, WatchLevel level) {
        return peopleAt("forum_watch", "topic_id", topicId, level);
    }
}
