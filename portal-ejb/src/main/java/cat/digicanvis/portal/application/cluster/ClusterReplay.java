package cat.digicanvis.portal.application.cluster;

import cat.digicanvis.portal.application.account.ActorCache;
import cat.digicanvis.portal.application.recommendation.RecommenderRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Acts here on a change another node committed. A container call of its own for each message (the data grid's
 * thread is not the container's): the observers it triggers read the database with the container's resources,
 * opened and closed for this call. No transaction: the committed state is read as it is, and the observers that
 * wait for a commit act at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterReplay {

    private static final Logger LOG = Logger.getLogger(ClusterReplay.class.getName());

    @Inject
    BeanManager beans;
    @Inject
    ActorCache actors;
    @Inject
    RecommenderRuntime recommender;

    public void replay(String message) {
        java.util.Optional<Long> account = ClusterChange.id(message, ClusterChange.ACCOUNT);
        if (account.isPresent()) {
            actors.forget(account.get());
        } else if (ClusterChange.id(message, ClusterChange.MODEL).isPresent()) {
            recommender.adoptLatest();
        } else {
            ClusterChange.event(message).ifPresentOrElse(e -> beans.getEvent().fire(e),
                    () -> LOG.warning(() -> "unknown cluster message: " + message));
        }
    }
}
