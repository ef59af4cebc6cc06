package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps the forum's search index in step: filled from the database at start; after a committed change to a
 * topic, its title is indexed again and its posts brought in line with the visible ones (new ones added,
 * hidden or withdrawn ones removed, an edited one replaced), so that a reply costs one post, however long the
 * topic. A topic with no visible post leaves the index.
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

    synchronized void onForumChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForumChanged change) {
        if (change.topicId() <= 0 || !index.isBuilt()) {
            return;
        }
        Optional<Topic> topic = forum.topic(change.topicId()).filter(t -> t.getVisiblePosts() > 0);
        if (topic.isEmpty()) {
            index.removeTopic(change.topicId());
            index.refresh();
            return;
        }
        index.putTopic(change.topicId(), topic.get().getTitle());
        Set<Long> visible = forum.visiblePostIds(change.topicId());
        Set<Long> indexed = index.postsOf(change.topicId());
        for (long gone : indexed) {
            if (!visible.contains(gone)) {
                index.removePost(gone);
            }
        }
        Set<Long> wanted = new HashSet<>(visible);
        wanted.removeAll(indexed);
        if (change.editedPostId() != null && visible.contains(change.editedPostId())) {
            wanted.add(change.editedPostId());
        }
        for (Object[] r : forum.postBodies(wanted)) {
            index.putPost(change.topicId(), ((Number) r[0]).longValue(), (String) r[2]);
        }
        index.refresh();
    }
}
