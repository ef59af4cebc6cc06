package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.application.account.ActorCache;
import cat.digicanvis.portal.application.cluster.ClusterRelay;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.membership.Membership;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells the {@link ActorCache} when an account or a membership is written (a default entity listener, in
 * META-INF/orm.xml): at once, and again once the transaction ends, so that a request that read the old state
 * in between keeps it no longer than until the commit; once committed, the other nodes are told.
 */
public class ActorChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        Long account = entity instanceof Account a ? a.getId()
                : entity instanceof Membership m && m.getAccount() != null ? m.getAccount().getId() : null;
        if (account == null) {
            return;
        }
        ActorCache actors = CDI.current().select(ActorCache.class).get();
        actors.forget(account);
        try {
            TransactionSynchronizationRegistry tx = (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
            if (tx.getTransactionStatus() == Status.STATUS_ACTIVE) {
                tx.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // nothing before: the entry goes once the outcome is known
                    }

                    @Override
                    public void afterCompletion(int status) {
                        actors.forget(account);
                        if (status == Status.STATUS_COMMITTED) {
                            // the other nodes drop their copy too
                            CDI.current().select(ClusterRelay.class).get().accountChanged(account);
                        }
                    }
                });
            }
        } catch (NamingException | IllegalStateException e) {
            // no transaction to follow: dropped once, at the change
        }
    }
}
