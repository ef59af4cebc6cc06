package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.forum.InboundMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;

/** {@code forum_inbound_mail}: its primary key makes a second reading of the same mail a no-op. */
@ApplicationScoped
public class JpaInboundMailRepository implements InboundMailRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public boolean record(String key, String sender, String outcome, Long postId, LocalDateTime now) {
        String s = sender == null ? "" : sender;
        return em.createNativeQuery("INSERT IGNORE INTO forum_inbound_mail (message_key, sender, outcome, post_id,"
                + " received_at) VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, key)
                .setParameter(2, s.substring(0, Math.min(254, s.length()))).setParameter(3, outcome)
                .setParameter(4, postId).setParameter(5, now).executeUpdate() == 1;
    }

    @Override
    public void outcome(String key, String outcome, Long postId) {
        em.createNativeQuery("UPDATE forum_inbound_mail SET outcome = ?2, post_id = ?3 WHERE message_key = ?1")
                .setParameter(1, key).setParameter(2, outcome).setParameter(3, postId).executeUpdate();
    }

    @Override
    public Optional<String> outcome(String key) {
        return em.createNativeQuery("SELECT outcome FROM forum_inbound_mail WHERE message_key = ?1")
                .setParameter(1, key).getResultStream().findFirst().map(Object::toString);
    }
}
