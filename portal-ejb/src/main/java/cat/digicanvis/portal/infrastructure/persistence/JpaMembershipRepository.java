package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.membership.Membership;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.model.membership.MembershipStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Membership> find(long id) {
        return Optional.ofNullable(em.find(Membership.class, id));
    }

    @Override
    public Optional<Membership> find(long accountId, long bodyId) {
        return em.createNamedQuery(Membership.FIND_BY_ACCOUNT_AND_BODY, Membership.class)
                .setParameter("accountId", accountId).setParameter("bodyId", bodyId).getResultStream().findFirst();
    }

    @Override
    public List<Membership> byAccount(long accountId) {
        return em.createNamedQuery(Membership.FIND_BY_ACCOUNT, Membership.class)
                .setParameter("accountId", accountId).getResultList();
    }

    @Override
    public List<Membership> byStatus(MembershipStatus status, int first, int max) {
        return em.createNamedQuery(Membership.FIND_BY_STATUS, Membership.class).setParameter("status", status)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countByStatus(MembershipStatus status) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    @Override
    public Set<Long> approvedBodyIds(long accountId) {
        return new HashSet<>(em.createNamedQuery(Membership.APPROVED_BODY_IDS, Long.class)
                .setParameter("accountId", accountId).getResultList());
    }

    @Override
    public List<Membership> approvedMembers(long bodyId) {
        return em.createNamedQuery(Membership.FIND_APPROVED_BY_BODY, Membership.class)
                .setParameter("bodyId", bodyId).getResultList();
    }

    @Override
    public void remove(Membership membership) {
        em.remove(membership);
    }

    @Override
    public void store(Membership membership) {
        if (membership.getId() == null) {
            em.persist(membership);
            em.flush();
        }
    }
}
