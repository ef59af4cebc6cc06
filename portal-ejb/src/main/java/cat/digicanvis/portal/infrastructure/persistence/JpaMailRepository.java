package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.mail.MailMessage;
import cat.digicanvis.portal.domain.model.mail.MailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMailRepository implements MailRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void store(MailMessage message) {
        if (message.getId() == null) {
            em.persist(message);
            em.flush();
        }
    }

    @Override
    public Optional<MailMessage> find(long id) {
        return Optional.ofNullable(em.find(MailMessage.class, id));
    }

    @Override
    public boolean claim(long id, String node, java.time.Duration claim) {
        return em.createNativeQuery("UPDATE mail_message SET claimed_by = ?2, claimed_until = NOW(3) + INTERVAL ?3 SECOND"
                + " WHERE id = ?1 AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < NOW(3)"
                + " OR claimed_by = ?2)").setParameter(1, id).setParameter(2, node)
                .setParameter(3, Math.max(1, claim.toSeconds())).executeUpdate() == 1;
    }

    @Override
    public List<Long> pendingIds(int max) {
        return em.createNamedQuery(MailMessage.PENDING_IDS, Long.class).setMaxResults(max).getResultList();
    }

    @Override
    public long pendingCount() {
        return em.createNamedQuery(MailMessage.PENDING_COUNT, Long.class).getSingleResult();
    }

    @Override
    public List<MailMessage> latest(int first, int max) {
        return em.createNamedQuery(MailMessage.LATEST, MailMessage.class).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<MailMessage> byRecipient(String recipient) {
        return em.createNamedQuery(MailMessage.BY_RECIPIENT, MailMessage.class).setParameter("recipient", recipient)
                .getResultList();
    }

    @Override
    public int purgeBodies(java.time.LocalDateTime before) {
        return em.createNamedQuery(MailMessage.PURGE_BODIES).setParameter("before", before).executeUpdate();
    }

    @Override
    public int purge(java.time.LocalDateTime before) {
        return em.createNamedQuery(MailMessage.PURGE).setParameter("before", before).executeUpdate();
    }
}
