package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.forum.FlagReason;
import cat.digicanvis.portal.domain.model.forum.ForumCategory;
import cat.digicanvis.portal.domain.model.forum.ForumMember;
import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.PostRevision;
import cat.digicanvis.portal.domain.model.forum.PostStatus;
import cat.digicanvis.portal.domain.model.forum.PostingLimits;
import cat.digicanvis.portal.domain.model.forum.Topic;
import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.TopicQuery;
import cat.digicanvis.portal.domain.model.forum.WatchLevel;
import cat.digicanvis.portal.domain.model.project.Area;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forum in MariaDB. Lists are native SQL (they join the sheets to hide the discussions of unpublished
 * ones, and read bookmarks, which have no entity); likes, bookmarks and flags are single-row inserts that a
 * double click cannot repeat (INSERT IGNORE on their primary key) with the post's counter moved in SQL.
 */
@ApplicationScoped
public class JpaForumRepository implements ForumRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<ForumCategory> categories() {
        return em.createNamedQuery(ForumCategory.ALL, ForumCategory.class).getResultList();
    }

    @Override
    public Optional<ForumCategory> category(long id) {
        return Optional.ofNullable(em.find(ForumCategory.class, id));
    }

    @Override
    public Optional<ForumCategory> categoryForArea(Area area) {
        return em.createNamedQuery(ForumCategory.BY_AREA, ForumCategory.class).setParameter("area", area)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void store(ForumCategory category) {
        if (category.getId() == null) {
            em.persist(category);
            em.flush();
        }
    }

    @Override
    public Map<Long, CategoryStats> categoryStats() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.category_id, COUNT(*), SUM(t.visible_posts),"
                + " MAX(t.last_post_at) FROM forum_topic t LEFT JOIN project_sheet s ON s.id = t.sheet_id"
                + " WHERE t.visible_posts > 0 AND (t.sheet_id IS NULL OR s.status = 'PUBLISHED')"
                + " GROUP BY t.category_id").getResultList();
        Map<Long, CategoryStats> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), new CategoryStats(((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), time(r[3])));
        }
        return out;
    }

    @Override
    public Optional<Topic> topic(long id) {
        // with its category, which every reading of a topic checks: one query instead of two
        return em.createQuery("SELECT t FROM Topic t JOIN FETCH t.category WHERE t.id = :id", Topic.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Topic> topicForUpdate(long id) {
        Topic t = em.find(Topic.class, id);
        if (t != null) {
            // a refresh under the lock: the topic may have been read before in this transaction
            em.refresh(t, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(t);
    }

    @Override
    public Optional<Topic> topicOfSheet(long sheetId) {
        return em.createQuery("SELECT t FROM Topic t WHERE t.sheetId = :sheet", Topic.class)
                .setParameter("sheet", sheetId).getResultStream().findFirst();
    }

    @Override
    public void store(Topic topic) {
        if (topic.getId() == null) {
            em.persist(topic);
            em.flush();
        }
    }

    @Override
    public void remove(Topic topic) {
        em.flush();
        em.createNativeQuery("UPDATE forum_topic SET accepted_post_id = NULL WHERE id = ?1").setParameter(1, topic.getId())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM forum_topic WHERE id = ?1").setParameter(1, topic.getId()).executeUpdate();
        em.detach(topic);
    }

    /** The WHERE clause of a list (from "FROM"), its parameters added to {@code params}. */
    private static String listWhere(TopicQuery q, List<Object> params) {
        StringBuilder where = new StringBuilder(" FROM forum_topic t LEFT JOIN project_sheet s ON s.id = t.sheet_id"
                + " WHERE (t.sheet_id IS NULL OR s.status = 'PUBLISHED') AND t.category_id IN (");
        where.append(placeholders(params, q.readableCategories())).append(')');
        if (q.categoryId() != null) {
            params.add(q.categoryId());
            where.append(" AND t.category_id = ?").append(params.size());
        }
        TopicList list = q.list() == null ? TopicList.LATEST : q.list();
        if (list == TopicList.MINE) {
            params.add(q.accountId());
            int me = params.size();
            where.append(" AND (t.author_id = ?").append(me).append(" OR EXISTS (SELECT 1 FROM forum_post p WHERE")
                    .append(" p.topic_id = t.id AND p.author_id = ?").append(me).append("))");
        } else {
            where.append(" AND t.visible_posts > 0");
        }
        if (list == TopicList.UNANSWERED) {
            where.append(" AND t.visible_posts = 1 AND t.closed = FALSE");
        }
        if (list == TopicList.BOOKMARKS) {
            params.add(q.accountId());
            where.append(" AND EXISTS (SELECT 1 FROM forum_bookmark b JOIN forum_post p ON p.id = b.post_id")
                    .append(" WHERE p.topic_id = t.id AND b.account_id = ?").append(params.size()).append(')');
        }
        return where.toString();
    }

    /**
     * Pinned topics first (in a category, its pinned and the globally pinned ones; in the whole forum, the
     * globally pinned), then the others. Two queries rather than one ordered by "pinned first": the others
     * then come straight from the (category, last activity) or (last activity) index, reading only the rows
     * of the page instead of sorting every topic on each request.
     */
    @Override
    public List<Topic> topicPage(TopicQuery q) {
        if (q.readableCategories().isEmpty()) {
            return List.of();
        }
        String pinned = q.categoryId() == null ? "t.pinned = 'GLOBAL'" : "t.pinned <> 'NONE'";
        String order = switch (q.sort() == null ? cat.digicanvis.portal.domain.model.forum.TopicSort.ACTIVITY : q.sort()) {
            case ACTIVITY -> "t.last_post_at DESC";
            case CREATED -> "t.created_at DESC";
            case REPLIES -> "t.visible_posts DESC, t.last_post_at DESC";
        };
        int limit = Math.max(1, q.limit());
        int offset = Math.max(0, q.offset());
        List<Object> params = new ArrayList<>();
        String where = listWhere(q, params);
        Query first = em.createNativeQuery("SELECT t.*" + where + " AND " + pinned + " ORDER BY " + order + ", t.id DESC",
                Topic.class);
        bind(first, params);
        @SuppressWarnings("unchecked")
        List<Topic> pins = first.getResultList();
        List<Topic> out = new ArrayList<>();
        if (offset < pins.size()) {
            out.addAll(pins.subList(offset, Math.min(pins.size(), offset + limit)));
        }
        int rest = limit - out.size();
        if (rest > 0) {
            Query others = em.createNativeQuery("SELECT t.*" + where + " AND NOT (" + pinned + ") ORDER BY " + order
                    + ", t.id DESC LIMIT " + rest + " OFFSET " + Math.max(0, offset - pins.size()), Topic.class);
            bind(others, params);
            @SuppressWarnings("unchecked")
            List<Topic> more = others.getResultList();
            out.addAll(more);
        }
        return out;
    }

    @Override
    public long topicCount(TopicQuery q) {
        if (q.readableCategories().isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>();
        Query count = em.createNativeQuery("SELECT COUNT(*)" + listWhere(q, params));
        bind(count, params);
        return ((Number) count.getSingleResult()).longValue();
    }

    @Override
    public Optional<Post> post(long id) {
        return Optional.ofNullable(em.find(Post.class, id));
    }

    @Override
    public void store(Post post) {
        if (post.getId() == null) {
            em.persist(post);
            em.flush();
        }
    }

    @Override
    public void store(PostRevision revision) {
        em.persist(revision);
    }

    @Override
    public List<PostRevision> revisions(long postId) {
        return em.createQuery("SELECT r FROM PostRevision r WHERE r.postId = :post ORDER BY r.writtenAt DESC",
                PostRevision.class).setParameter("post", postId).getResultList();
    }

    @Override
    public List<Post> visiblePosts(long topicId, int offset, int limit) {
        return em.createQuery("SELECT p FROM Post p WHERE p.topic.id = :topic AND p.status = :status"
                + " ORDER BY p.number", Post.class).setParameter("topic", topicId)
                .setParameter("status", PostStatus.VISIBLE).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long visibleBefore(long topicId, int number) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.topic.id = :topic AND p.status = :status"
                + " AND p.number < :number", Long.class).setParameter("topic", topicId)
                .setParameter("status", PostStatus.VISIBLE).setParameter("number", number).getSingleResult();
    }

    @Override
    public ReadingState readingState(long topicId, long accountId, Collection<Long> postIds) {
        List<Object> params = new ArrayList<>(List.of(topicId, accountId));
        String in = postIds.isEmpty() ? "NULL" : placeholders(params, postIds);
        Object[] r = (Object[]) bind(em.createNativeQuery("SELECT x.lr,"
                + " (SELECT COUNT(*) FROM forum_post p WHERE p.topic_id = ?1 AND p.status = 'VISIBLE' AND p.number > x.lr),"
                + " (SELECT p.id FROM forum_post p WHERE p.topic_id = ?1 AND p.status = 'VISIBLE' AND p.number > x.lr"
                + " ORDER BY p.number LIMIT 1),"
                + " (SELECT COUNT(*) FROM forum_post p WHERE p.topic_id = ?1 AND p.author_id = ?2 AND p.status = 'PENDING'),"
                + " (SELECT w.level FROM forum_watch w WHERE w.topic_id = ?1 AND w.account_id = ?2),"
                + " (SELECT COUNT(*) FROM forum_notification n WHERE n.recipient_id = ?2 AND n.read_at IS NULL"
                + " AND n.topic_id = ?1),"
                + " (SELECT GROUP_CONCAT(l.post_id) FROM forum_like l WHERE l.account_id = ?2 AND l.post_id IN (" + in + ")),"
                + " (SELECT GROUP_CONCAT(b.post_id) FROM forum_bookmark b WHERE b.account_id = ?2 AND b.post_id IN ("
                + in + "))"
                + " FROM (SELECT COALESCE((SELECT s.last_read FROM forum_read_state s WHERE s.topic_id = ?1"
                + " AND s.account_id = ?2), 0) AS lr) x"), params).getSingleResult();
        return new ReadingState(((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                r[4] == null ? null : WatchLevel.valueOf(r[4].toString()), ((Number) r[5]).longValue() > 0,
                new Marks(ids(r[6]), ids(r[7])));
    }

    /** The ids of a GROUP_CONCAT ("3,17,20"), none for NULL. */
    private static Set<Long> ids(Object concatenated) {
        Set<Long> out = new HashSet<>();
        if (concatenated != null) {
            for (String id : concatenated.toString().split(",")) {
                if (!id.isBlank()) {
                    out.add(Long.parseLong(id.strip()));
                }
            }
        }
        return out;
    }

    @Override
    public Marks marks(long accountId, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return new Marks(Set.of(), Set.of());
        }
        List<Object> params = new ArrayList<>(List.of(accountId));
        String in = placeholders(params, postIds);
        Query q = bind(em.createNativeQuery("SELECT 1, post_id FROM forum_like WHERE account_id = ?1 AND post_id IN ("
                + in + ") UNION ALL SELECT 2, post_id FROM forum_bookmark WHERE account_id = ?1 AND post_id IN (" + in
                + ")"), params);
        Set<Long> liked = new HashSet<>();
        Set<Long> bookmarked = new HashSet<>();
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            (((Number) row[0]).intValue() == 1 ? liked : bookmarked).add(((Number) row[1]).longValue());
        }
        return new Marks(liked, bookmarked);
    }

    @Override
    public List<Post> latestVisible(long topicId, int limit) {
        return em.createQuery("SELECT p FROM Post p WHERE p.topic.id = :topic AND p.status = :status"
                + " ORDER BY p.number DESC", Post.class).setParameter("topic", topicId)
                .setParameter("status", PostStatus.VISIBLE).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Post> postsOf(long topicId, long accountId, PostStatus status) {
        return em.createQuery("SELECT p FROM Post p WHERE p.topic.id = :topic AND p.authorId = :account"
                + " AND p.status = :status ORDER BY p.number", Post.class).setParameter("topic", topicId)
                .setParameter("account", accountId).setParameter("status", status).getResultList();
    }

    private static final String QUEUE = " FROM Post p WHERE p.status = cat.digicanvis.portal.domain.model.forum"
            + ".PostStatus.PENDING OR (p.flags > 0 AND p.status IN (cat.digicanvis.portal.domain.model.forum"
            + ".PostStatus.VISIBLE, cat.digicanvis.portal.domain.model.forum.PostStatus.HIDDEN))";

    @Override
    public List<Post> queue(int offset, int limit) {
        return em.createQuery("SELECT p" + QUEUE + " ORDER BY p.createdAt, p.id", Post.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long queueSize() {
        return em.createQuery("SELECT COUNT(p)" + QUEUE, Long.class).getSingleResult();
    }

    @Override
    public List<Post> postsBy(long accountId, int limit) {
        return em.createQuery("SELECT p FROM Post p WHERE p.authorId = :account ORDER BY p.createdAt DESC",
                Post.class).setParameter("account", accountId).setMaxResults(limit).getResultList();
    }

    @Override
    public long approvedPosts(long accountId) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.authorId = :account AND p.status = :status",
                Long.class).setParameter("account", accountId).setParameter("status", PostStatus.VISIBLE)
                .getSingleResult();
    }

    @Override
    public PostingLimits.History history(long accountId, Long topicId, String bodyHash, LocalDateTime now) {
        LocalDateTime day = now.minus(PostingLimits.DAY);
        Object[] r = (Object[]) em.createNativeQuery("SELECT"
                + " (SELECT MAX(created_at) FROM forum_topic WHERE author_id = ?1),"
                + " (SELECT MAX(created_at) FROM forum_post WHERE author_id = ?1),"
                + " (SELECT COUNT(*) FROM forum_topic WHERE author_id = ?1 AND created_at > ?2),"
                + " (SELECT MIN(created_at) FROM forum_topic WHERE author_id = ?1 AND created_at > ?2),"
                + " (SELECT COUNT(*) FROM forum_post WHERE author_id = ?1 AND number > 1 AND created_at > ?2),"
                + " (SELECT MIN(created_at) FROM forum_post WHERE author_id = ?1 AND number > 1 AND created_at > ?2),"
                + " (SELECT MAX(created_at) FROM forum_post WHERE author_id = ?1 AND body_hash = ?3"
                + "   AND created_at > ?4 AND status NOT IN ('WITHDRAWN', 'DELETED')),"
                + " (SELECT MAX(created_at) FROM forum_post WHERE author_id = ?1 AND topic_id = ?5),"
                + " (SELECT created_at FROM account WHERE id = ?1)")
                .setParameter(1, accountId).setParameter(2, day).setParameter(3, bodyHash)
                .setParameter(4, now.minus(PostingLimits.DUPLICATE_WINDOW)).setParameter(5, topicId == null ? -1L : topicId)
                .getSingleResult();
        return new PostingLimits.History(time(r[0]), time(r[1]), ((Number) r[2]).longValue(), time(r[3]),
                ((Number) r[4]).longValue(), time(r[5]), time(r[6]), time(r[7]), time(r[8]));
    }

    @Override
    public ForumMember memberForUpdate(long accountId) {
        // takes the row's exclusive lock at once, created or not: INSERT IGNORE would take a shared one, and two
        // requests upgrading their shared locks together would deadlock
        em.createNativeQuery("INSERT INTO forum_member (account_id) VALUES (?1)"
                + " ON DUPLICATE KEY UPDATE account_id = account_id").setParameter(1, accountId).executeUpdate();
        ForumMember m = em.find(ForumMember.class, accountId);
        if (m == null) {
            throw new IllegalStateException("no forum row for account " + accountId);
        }
        em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
        return m;
    }

    @Override
    public Optional<ForumMember> member(long accountId) {
        return Optional.ofNullable(em.find(ForumMember.class, accountId));
    }

    @Override
    public boolean like(long postId, long accountId, LocalDateTime now) {
        return insertMark("forum_like", postId, accountId, now) && counter("likes", postId, 1);
    }

    @Override
    public boolean unlike(long postId, long accountId) {
        return deleteMark("forum_like", postId, accountId) && counter("likes", postId, -1);
    }

    @Override
    public boolean bookmark(long postId, long accountId, LocalDateTime now) {
        return insertMark("forum_bookmark", postId, accountId, now);
    }

    @Override
    public boolean unbookmark(long postId, long accountId) {
        return deleteMark("forum_bookmark", postId, accountId);
    }

    @Override
    public boolean flag(long postId, long accountId, FlagReason reason, String note, LocalDateTime now) {
        int n = em.createNativeQuery("INSERT IGNORE INTO forum_flag (post_id, account_id, reason, note, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, postId).setParameter(2, accountId)
                .setParameter(3, reason.name()).setParameter(4, note).setParameter(5, now).executeUpdate();
        if (n == 0) {
            return false;
        }
        em.createNativeQuery("UPDATE forum_post SET flags = (SELECT COUNT(*) FROM forum_flag WHERE post_id = ?1"
                + " AND resolved = FALSE) WHERE id = ?1").setParameter(1, postId).executeUpdate();
        refresh(postId);
        return true;
    }

    @Override
    public List<String[]> openFlags(long postId) {
        List<String[]> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT reason, note FROM forum_flag WHERE post_id = ?1 AND resolved = FALSE"
                + " ORDER BY created_at").setParameter(1, postId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new String[] {(String) r[0], (String) r[1]});
        }
        return out;
    }

    @Override
    public void lockSheet(long sheetId) {
        em.createNativeQuery("SELECT id FROM project_sheet WHERE id = ?1 FOR UPDATE").setParameter(1, sheetId)
                .getResultList();
    }

    @Override
    public void resolveFlags(long postId) {
        em.createNativeQuery("UPDATE forum_flag SET resolved = TRUE WHERE post_id = ?1").setParameter(1, postId)
                .executeUpdate();
        em.createNativeQuery("UPDATE forum_post SET flags = 0 WHERE id = ?1").setParameter(1, postId).executeUpdate();
        refresh(postId);
    }

    @Override
    public DailyCount given(String what, long accountId, LocalDateTime since) {
        String table = "likes".equals(what) ? "forum_like" : "forum_flag";
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(created_at) FROM " + table
                + " WHERE account_id = ?1 AND created_at > ?2").setParameter(1, accountId).setParameter(2, since)
                .getSingleResult();
        return new DailyCount(((Number) r[0]).longValue(), time(r[1]));
    }

    @Override
    public List<Post> posts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Post p WHERE p.id IN :ids", Post.class)
                .setParameter("ids", new ArrayList<>(ids)).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> marksBy(long accountId) {
        return em.createNativeQuery("SELECT 'like', post_id, created_at, NULL, NULL FROM forum_like WHERE account_id = ?1"
                + " UNION ALL SELECT 'bookmark', post_id, created_at, NULL, NULL FROM forum_bookmark WHERE account_id = ?1"
                + " UNION ALL SELECT 'flag', post_id, created_at, reason, note FROM forum_flag WHERE account_id = ?1"
                + " ORDER BY 3").setParameter(1, accountId).getResultList();
    }

    @Override
    public int lastRead(long topicId, long accountId) {
        List<?> r = em.createNativeQuery("SELECT last_read FROM forum_read_state WHERE topic_id = ?1 AND account_id = ?2")
                .setParameter(1, topicId).setParameter(2, accountId).getResultList();
        return r.isEmpty() ? 0 : ((Number) r.get(0)).intValue();
    }

    @Override
    public Map<Long, Integer> lastRead(long accountId, Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(List.of(accountId));
        Query q = bind(em.createNativeQuery("SELECT topic_id, last_read FROM forum_read_state WHERE account_id = ?1"
                + " AND topic_id IN (" + placeholders(params, topicIds) + ")"), params);
        Map<Long, Integer> out = new HashMap<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return out;
    }

    @Override
    public void markRead(long topicId, long accountId, int number) {
        em.createNativeQuery("INSERT INTO forum_read_state (topic_id, account_id, last_read) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE last_read = GREATEST(last_read, VALUES(last_read))")
                .setParameter(1, topicId).setParameter(2, accountId).setParameter(3, number).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> topicTitles(long afterId, int limit) {
        return em.createNativeQuery("SELECT id, title FROM forum_topic WHERE id > ?1 AND visible_posts > 0 ORDER BY id"
                + " LIMIT " + Math.max(1, limit)).setParameter(1, afterId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> postBodies(long afterId, int limit) {
        return em.createNativeQuery("SELECT id, topic_id, body FROM forum_post WHERE id > ?1 AND status = 'VISIBLE'"
                + " ORDER BY id LIMIT " + Math.max(1, limit)).setParameter(1, afterId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> postBodies(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        return bind(em.createNativeQuery("SELECT id, topic_id, body FROM forum_post WHERE status = 'VISIBLE' AND id IN ("
                + placeholders(params, postIds) + ")"), params).getResultList();
    }

    @Override
    public List<Topic> searchable(Collection<Long> topicIds, Collection<Long> readableCategories, Long categoryId,
            String author, LocalDateTime from, LocalDateTime to) {
        if (topicIds.isEmpty() || readableCategories.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT t.* FROM forum_topic t LEFT JOIN project_sheet s ON s.id = t.sheet_id"
                + " WHERE t.visible_posts > 0 AND (t.sheet_id IS NULL OR s.status = 'PUBLISHED') AND t.id IN (");
        sql.append(placeholders(params, topicIds)).append(") AND t.category_id IN (")
                .append(placeholders(params, readableCategories)).append(')');
        if (categoryId != null) {
            params.add(categoryId);
            sql.append(" AND t.category_id = ?").append(params.size());
        }
        if (author != null && !author.isBlank()) {
            params.add(LikePatterns.containing(author.strip()));
            sql.append(" AND LOWER(t.author_name) LIKE ?").append(params.size());
        }
        if (from != null) {
            params.add(from);
            sql.append(" AND t.last_post_at >= ?").append(params.size());
        }
        if (to != null) {
            params.add(to);
            sql.append(" AND t.created_at < ?").append(params.size());
        }
        @SuppressWarnings("unchecked")
        List<Topic> topics = bind(em.createNativeQuery(sql.toString(), Topic.class), params).getResultList();
        return topics;
    }

    @Override
    public List<String> bodies(long topicId, int limit) {
        return em.createQuery("SELECT p.body FROM Post p WHERE p.topic.id = :topic AND p.status = :status"
                + " ORDER BY p.number", String.class).setParameter("topic", topicId)
                .setParameter("status", PostStatus.VISIBLE).setMaxResults(limit).getResultList();
    }

    /** Numbered placeholders (?n) for the values, which join the parameters in order. */
    private static String placeholders(List<Object> params, Collection<Long> values) {
        return values.stream().map(v -> {
            params.add(v);
            return "?" + params.size();
        }).collect(Collectors.joining(","));
    }

    /** Binds the parameters in order to ?1, ?2… */
    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    @Override
    public void forgetAuthor(long accountId, String formerMember, boolean removeText, String removedHtml) {
        em.createNativeQuery("UPDATE forum_post q JOIN forum_post p ON p.id = q.quote_post_id SET q.quote_author = ?1"
                + " WHERE p.author_id = ?2").setParameter(1, formerMember).setParameter(2, accountId).executeUpdate();
        for (Post p : postsBy(accountId, Integer.MAX_VALUE)) {
            p.forgetAuthor(formerMember, removeText, removedHtml);
        }
        em.flush();
        em.createNativeQuery("UPDATE forum_topic SET author_name = ?1, author_id = NULL WHERE author_id = ?2")
                .setParameter(1, formerMember).setParameter(2, accountId).executeUpdate();
        // the latest poster's name of the topics where the person wrote last
        em.createNativeQuery("UPDATE forum_topic t SET t.last_poster_name = ?1 WHERE EXISTS (SELECT 1 FROM forum_post p"
                + " WHERE p.topic_id = t.id AND p.author_name = ?1 AND p.created_at = t.last_post_at)")
                .setParameter(1, formerMember).executeUpdate();
    }

    private boolean insertMark(String table, long postId, long accountId, LocalDateTime now) {
        return em.createNativeQuery("INSERT IGNORE INTO " + table + " (post_id, account_id, created_at)"
                + " VALUES (?1, ?2, ?3)").setParameter(1, postId).setParameter(2, accountId).setParameter(3, now)
                .executeUpdate() == 1;
    }

    private boolean deleteMark(String table, long postId, long accountId) {
        return em.createNativeQuery("DELETE FROM " + table + " WHERE post_id = ?1 AND account_id = ?2")
                .setParameter(1, postId).setParameter(2, accountId).executeUpdate() == 1;
    }

    private boolean counter(String column, long postId, int delta) {
        em.createNativeQuery("UPDATE forum_post SET " + column + " = GREATEST(0, " + column + " + ?2) WHERE id = ?1")
                .setParameter(1, postId).setParameter(2, delta).executeUpdate();
        refresh(postId);
        return true;
    }

    /** SQL moved a counter of a post this transaction may hold: read it again. */
    private void refresh(long postId) {
        Post p = em.find(Post.class, postId);
        if (p != null) {
            em.refresh(p);
        }
    }

    private static LocalDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDateTime t) {
            return t;
        }
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        throw new IllegalStateException("not a time: " + o.getClass());
    }

    @Override
    public List<long[]> activityByMonth(LocalDateTime since) {
        List<?> rows = em.createNativeQuery("SELECT YEAR(created_at), MONTH(created_at),"
                        + " SUM(CASE WHEN number = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN number > 1 THEN 1 ELSE 0 END)"
                        + " FROM forum_post WHERE status = 'VISIBLE' AND created_at >= ?"
                        + " GROUP BY YEAR(created_at), MONTH(created_at)")
                .setParameter(1, Timestamp.valueOf(since)).getResultList();
        return rows.stream().map(r -> {
            Object[] o = (Object[]) r;
            return new long[] {((Number) o[0]).longValue(), ((Number) o[1]).longValue(), ((Number) o[2]).longValue(),
                ((Number) o[3]).longValue()};
        }).toList();
    }
}
