package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps the forum's search index in step: filled from the database at start; after a committed change, the
 * one post it names is indexed again or removed, so that a reply costs one post, however long the topic.
 */
@ApplicationScoped
public class ForumSearchUpdater {

    private static final Logger LOG = Logger.getLogger(ForumSearchUpdater.class.getName());
    private static final int CHUNK = 2000;

    @Inject
    ForumRepository forum;
    @Inject
    ForumSearchIndex index;

    public synchronized void rebuild() {
        long t0 = System.nanoTime();
        long after = 0;
        int topics = 0;
        int posts = 0;
        while (true) {
            List<Object[]> rows = forum.topicTitles(after, CHUNK);
            for (Object[] r : rows) {
                after = ((Number) r[0]).longValue();
                index.putTopic(after, (String) r[1]);
                topics++;
            }
            if (rows.size() < CHUNK) {
                break;
            }
        }
        after = 0;
        while (true) {
            List<Object[]> rows = forum.postBodies(after, CHUNK);
            for (Object[] r : rows) {
                after = ((Number) r[0]).longValue();
                index.putPost(((Number) r[1]).longValue(), after, (String) r[2]);
                posts++;
            }
            if (rows.size() < CHUNK) {
                break;
            }
        }
        index.built();
        int t = topics;
        int p = posts;
        LOG.info(() -> "Forum search index: " + t + " topics, " + p + " posts in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    /**
     * After a committed change: a topic gone or with nothing visible leaves the index; the post named by the
     * change is indexed again (or removed, when no longer visible). Other changes (likes, pins) touch nothing.
     */
    void onForumChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForumChanged change) {
        if (change.topicId() <= 0 || !index.isBuilt()) {
            return;
        }
        Optional<Topic> topic = forum.topic(change.topicId()).filter(t -> t.getVisiblePosts() > 0);
        if (topic.isEmpty()) {
            index.removeTopic(change.topicId());
        } else if (change.postId() != null) {
            index.putTopic(change.topicId(), topic.get().getTitle());
            List<Object[]> post = forum.postBodies(List.of(change.postId()));
            if (post.isEmpty()) {
                index.removePost(change.postId());
            } else {
                index.putPost(change.topicId(), change.postId(), (String) post.get(0)[2]);
            }
        } else {
            return;
        }
        index.refresh();
    }
}
