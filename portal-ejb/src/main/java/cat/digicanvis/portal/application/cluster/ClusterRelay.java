package cat.digicanvis.portal.application.cluster;

import cat.digicanvis.portal.application.forum.ForumChanged;
import cat.digicanvis.portal.application.recommendation.RecommenderDataChanged;
import cat.digicanvis.portal.application.recommendation.RecommenderModelChanged;
import cat.digicanvis.portal.application.sheet.SheetChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Passes this node's committed changes to the other nodes, and theirs to this one as if they were its own: a
 * sheet, forum or body change is fired here as the same event (so the catalogue and full-text indexes, the page
 * cache, the sheet-view cache, the forum's counts and the recommender's caches follow it exactly as they follow a
 * local change, reading the committed state from the shared database); an account change drops the account's
 * cached roles; a model trained elsewhere is loaded from the database. What is replayed is not sent back.
 */
@ApplicationScoped
public class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());
    /** Set while another node's change is replayed on this thread. */
    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    @Inject
    ClusterBus bus;
    @Inject
    ClusterReplay replay;

    private final java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        bus.subscribe(this::receive);
    }

    void onSheetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SheetChanged change) {
        send(ClusterChange.of(change));
    }

    void onForumChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForumChanged change) {
        send(ClusterChange.of(change));
    }

    void onDataChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecommenderDataChanged change) {
        send(ClusterChange.of(change));
    }

    void onModelChanged(@Observes RecommenderModelChanged change) {
        // a model loaded from another node's training is loaded in the background, off the replaying thread
        if (change.trainedHere()) {
            send(ClusterChange.model(change.recordId()));
        }
    }

    /** An account or one of its memberships changed and was committed (roles, bodies, signed out everywhere). */
    public void accountChanged(long accountId) {
        send(ClusterChange.account(accountId));
    }

    private void send(String message) {
        if (!REPLAYING.get()) {
            bus.publish(message);
        }
    }

    /** How many changes of other nodes this node has followed since it started. */
    public long received() {
        return received.get();
    }

    void receive(String message) {
        received.incrementAndGet();
        REPLAYING.set(true);
        try {
            // on this thread: what the replay fires is not sent back
            replay.replay(message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "another node's change could not be followed here: " + message, e);
        } finally {
            REPLAYING.remove();
        }
    }
}
