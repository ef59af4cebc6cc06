package cat.digicanvis.portal.infrastructure.search;

import cat.digicanvis.portal.application.forum.ForumSearchIndex;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forum in two in-memory Lucene indexes, like the catalogue's sheets (rebuilt from the database at start):
 * topic titles, and posts, with which topic each post belongs to.
 */
@ApplicationScoped
public class LuceneForumSearchIndex implements ForumSearchIndex {

    /** A title weighs more than a post. */
    private static final float TITLE_WEIGHT = 1.5f;

    private final LuceneTextIndex titles = new LuceneTextIndex();
    private final LuceneTextIndex posts = new LuceneTextIndex();
    private final Map<Long, Long> topicOfPost = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> postsOfTopic = new ConcurrentHashMap<>();
    private volatile boolean built;

    @Override
    public void putTopic(long topicId, String title) {
        titles.put(topicId, title, "");
    }

    @Override
    public void putPost(long topicId, long postId, String body) {
        posts.put(postId, "", body);
        topicOfPost.put(postId, topicId);
        postsOfTopic.computeIfAbsent(topicId, t -> ConcurrentHashMap.newKeySet()).add(postId);
    }

    @Override
    public void removePost(long postId) {
        posts.remove(postId);
        Long topic = topicOfPost.remove(postId);
        if (topic != null) {
            Set<Long> of = postsOfTopic.get(topic);
            if (of != null) {
                of.remove(postId);
            }
        }
    }

    @Override
    public void removeTopic(long topicId) {
        titles.remove(topicId);
        Set<Long> of = postsOfTopic.remove(topicId);
        if (of != null) {
            for (long post : of) {
                posts.remove(post);
                topicOfPost.remove(post);
            }
        }
    }

    @Override
    public void refresh() {
        titles.refresh();
        posts.refresh();
    }

    @Override
    public boolean isBuilt() {
        return built;
    }

    @Override
    public void built() {
        refresh();
        built = true;
    }

    @Override
    public Map<Long, Float> search(String text) {
        Map<Long, Float> out = new HashMap<>();
        titles.search(text).forEach((topic, score) -> out.merge(topic, score * TITLE_WEIGHT, Math::max));
        posts.search(text).forEach((post, score) -> {
            Long topic = topicOfPost.get(post);
            if (topic != null) {
                out.merge(topic, score, Math::max);
            }
        });
        return out;
    }

    @PreDestroy
    void close() {
        titles.close();
        posts.close();
    }
}
