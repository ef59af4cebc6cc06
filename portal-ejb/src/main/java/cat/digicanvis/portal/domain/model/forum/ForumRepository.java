package cat.digicanvis.portal.domain.model.forum;

import cat.digicanvis.portal.domain.model.project.Area;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Categories, topics, posts and what people did with them (likes, bookmarks, flags, reading). */
public interface ForumRepository {

    List<ForumCategory> categories();

    Optional<ForumCategory> category(long id);

    Optional<ForumCategory> categoryForArea(Area area);

    void store(ForumCategory category);

    /** Per category: its listed topics, their visible posts, and the latest activity (or null). */
    Map<Long, CategoryStats> categoryStats();

    record CategoryStats(long topics, long posts, LocalDateTime lastActivity) {
    }

    Optional<Topic> topic(long id);

    /** The topic, its row locked until the transaction ends: posts get their numbers one at a time. */
    Optional<Topic> topicForUpdate(long id);

    Optional<Topic> topicOfSheet(long sheetId);

    void store(Topic topic);

    /** Removes a topic with its posts (a moderator deleted its first post). */
    void remove(Topic topic);

    /** A page of a list of topics: pinned ones first, then in the list's order. */
    List<Topic> topicPage(TopicQuery query);

    /** How many topics the list has in all. */
    long topicCount(TopicQuery query);

    Optional<Post> post(long id);

    /** Posts by their ids, in any order (a digest's posts). */
    List<Post> posts(Collection<Long> ids);

    void store(Post post);

    void store(PostRevision revision);

    List<PostRevision> revisions(long postId);

    /** Visible posts of a topic in order of their numbers. */
    List<Post> visiblePosts(long topicId, int offset, int limit);

    /** How many visible posts come before the given number: it places a post on its page. */
    long visibleBefore(long topicId, int number);

    /**
     * A reader's state in a topic, in one query: where they stopped reading, how many visible posts came after
     * and the first of them, how many of their posts wait for approval, the level they chose for the topic (null:
     * none), whether they have unread notifications of it, and which of the given posts they found useful or
     * bookmarked.
     */
    ReadingState readingState(long topicId, long accountId, Collection<Long> postIds);

    record ReadingState(int lastRead, long unread, Long firstUnreadId, long waiting, WatchLevel level, boolean notified,
                        Marks marks) {
    }

    /** The posts among these that a person found useful, and those they bookmarked, in one query. */
    Marks marks(long accountId, Collection<Long> postIds);

    record Marks(Set<Long> liked, Set<Long> bookmarked) {
    }

    /** The latest visible posts of a topic, newest first. */
    List<Post> latestVisible(long topicId, int limit);

    /** One person's posts of a topic in a state (their posts waiting for approval). */
    List<Post> postsOf(long topicId, long accountId, PostStatus status);

    /** Posts that need a moderator (waiting for approval, or flagged and not reviewed), oldest first. */
    List<Post> queue(int offset, int limit);

    long queueSize();

    /** Posts of one person, newest first (their data download). */
    List<Post> postsBy(long accountId, int limit);

    /** Posts of one person that were ever shown: newcomers wait for approval until they have enough. */
    long approvedPosts(long accountId);

    PostingLimits.History history(long accountId, Long topicId, String bodyHash, LocalDateTime now);

    /** The person's row, created on first use and locked until the transaction ends. */
    ForumMember memberForUpdate(long accountId);

    Optional<ForumMember> member(long accountId);

    /** Returns false when the person had already liked it. Keeps the post's count. */
    boolean like(long postId, long accountId, LocalDateTime now);

    boolean unlike(long postId, long accountId);

    boolean bookmark(long postId, long accountId, LocalDateTime now);

    boolean unbookmark(long postId, long accountId);

    /** Returns false when the person had flagged it already; keeps the post's count of open flags. */
    boolean flag(long postId, long accountId, FlagReason reason, String note, LocalDateTime now);

    /** The open flags of a post: reason and note. */
    List<String[]> openFlags(long postId);

    /** Locks a sheet's row: its discussion is created once even when two people start it together. */
    void lockSheet(long sheetId);

    /** A moderator reviewed the post: its open flags are closed. */
    void resolveFlags(long postId);

    /** Likes ({@code "likes"}) or flags given by a person since a time: how many, and the oldest. */
    DailyCount given(String what, long accountId, LocalDateTime since);

    record DailyCount(long count, LocalDateTime oldest) {
    }

    /** The person's flags and bookmarks and likes, for their data download: post id → kind and time. */
    List<Object[]> marksBy(long accountId);

    int lastRead(long topicId, long accountId);

    Map<Long, Integer> lastRead(long accountId, Collection<Long> topicIds);

    /** Raises where the person stopped reading (never lowers it). */
    void markRead(long topicId, long accountId, int number);

    /** Topics with a visible post after a given id, for the search index: id, title. */
    List<Object[]> topicTitles(long afterId, int limit);

    /** Visible posts after a given id, for the search index: id, topic id, body. */
    List<Object[]> postBodies(long afterId, int limit);

    /** The given posts (those still visible): id, topic id, body. */
    List<Object[]> postBodies(Collection<Long> postIds);

    /**
     * Of the given topics, those a search may show: in a readable category (and the one asked, if any), with a
     * visible post, not the discussion of an unpublished sheet, started by someone whose name contains
     * {@code author} (if given), with activity between the dates (if given).
     */
    List<Topic> searchable(Collection<Long> topicIds, Collection<Long> readableCategories, Long categoryId,
            String author, LocalDateTime from, LocalDateTime to);

    /** The bodies of a topic's first visible posts, in order. */
    List<String> bodies(long topicId, int limit);

    /** A deleted account's posts read as a former member's; with {@code removeText} their text goes too. */
    void forgetAuthor(long accountId, String formerMember, boolean removeText, String removedHtml);

    /**
     * Visible posts per month since a day, as {year, month, new topics, replies}: the statistics page's forum
     * activity (a topic counts when its first post is visible).
     */
    List<long[]> activityByMonth(java.time.LocalDateTime since);
}
