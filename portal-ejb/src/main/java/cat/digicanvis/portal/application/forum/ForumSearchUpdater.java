package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the forum's search index in step: filled from the database at start, and a topic read again once a
 * change to it has committed (a topic with no visible post leaves the index).
 */
@ApplicationScoped
public class ForumSearchUpdater {

    private static final Logger LOG = Logger.getLogger(ForumSearchUpdater.class.getName());
    private static final int CHUNK = 500;

    @Inject
    ForumRepository forum;
    @Inject
    ForumSearchIndex index;

    public synchronized void rebuild() {
        long t0 = System.nanoTime();
        long after = 0;
        int n = 0;
        while (true) {
            List<Object[]> rows = forum.topicTexts(after, CHUNK);
            for (Object[] r : rows) {
                after = ((Number) r[0]).longValue();
                index.put(after, (String) r[1], r[2] == null ? "" : r[2].toString());
                n++;
            }
            if (rows.size() < CHUNK) {
                break;
            }
        }
        index.built();
        int indexed = n;
        LOG.info(() -> "Forum search index: " + indexed + " topics in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    void onForumChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForumChanged change) {
        if (change.topicId() <= 0 || !index.isBuilt()) {
            return;
        }
        forum.topicText(change.topicId()).ifPresentOrElse(
                r -> index.put(change.topicId(), (String) r[1], r[2] == null ? "" : r[2].toString()),
                () -> index.remove(change.topicId()));
    }
}
