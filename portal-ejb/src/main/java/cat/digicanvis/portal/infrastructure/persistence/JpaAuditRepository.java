package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.audit.AuditEntry;
import cat.digicanvis.portal.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void store(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> latest(int first, int max) {
        return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<AuditEntry> byActor(long actorId) {
        return em.createNamedQuery(AuditEntry.BY_ACTOR, AuditEntry.class).setParameter("actorId", actorId)
                .getResultList();
    }

    @Override
    public List<AuditEntry> byTarget(String type, String id) {
        return em.createNamedQuery(AuditEntry.BY_TARGET, AuditEntry.class).setParameter("type", type)
                .setParameter("id", id).getResultList();
    }

    @Override
    public void forgetActorEmail(long actorId) {
        em.createQuery("UPDATE AuditEntry e SET e.actorEmail = NULL WHERE e.actorId = :id")
                .setParameter("id", actorId).executeUpdate();
    }
}
