package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.BodyOrder;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLocalBodyRepository implements LocalBodyRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<LocalBody> find(long id) {
        return Optional.ofNullable(em.find(LocalBody.class, id));
    }

    @Override
    public Optional<LocalBody> findByCode(BodyType type, String officialCode) {
        return em.createNamedQuery(LocalBody.FIND_BY_TYPE_AND_CODE, LocalBody.class)
                .setParameter("type", type).setParameter("code", officialCode)
                .getResultStream().findFirst();
    }

    @Override
    public List<LocalBody> searchByName(String text, int max) {
        return em.createNamedQuery(LocalBody.SEARCH_BY_NAME, LocalBody.class)
                .setParameter("pattern", LikePatterns.containing(text))
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<LocalBody> page(String text, BodyOrder order, boolean ascending, int first, int max) {
        String direction = ascending ? " ASC" : " DESC";
        // the field comes from the enum, never from the request
        String by = switch (order) {
            case NAME -> "b.name" + direction;
            case TYPE -> "b.type" + direction + ", b.name";
            case POPULATION -> "b.population" + direction + ", b.name";
        };
        boolean all = text == null || text.isBlank();
        jakarta.persistence.TypedQuery<LocalBody> q = em.createQuery("SELECT b FROM LocalBody b"
                + (all ? "" : " WHERE LOWER(b.name) LIKE :pattern") + " ORDER BY " + by + ", b.id", LocalBody.class);
        if (!all) {
            q.setParameter("pattern", LikePatterns.containing(text.strip()));
        }
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max)).getResultList();
    }

    @Override
    public long count(String text) {
        boolean all = text == null || text.isBlank();
        jakarta.persistence.TypedQuery<Long> q = em.createQuery("SELECT COUNT(b) FROM LocalBody b"
                + (all ? "" : " WHERE LOWER(b.name) LIKE :pattern"), Long.class);
        if (!all) {
            q.setParameter("pattern", LikePatterns.containing(text.strip()));
        }
        return q.getSingleResult();
    }

    @Override
    public void store(LocalBody body) {
        if (body.getId() == null) {
            em.persist(body);
            em.flush(); // the id comes from the database (identity column)
        }
    }

    @Override
    public long count() {
        return em.createNamedQuery(LocalBody.COUNT_ALL, Long.class).getSingleResult();
    }

    @Override
    public List<LocalBody> all() {
        return em.createQuery("SELECT b FROM LocalBody b ORDER BY b.id", LocalBody.class).getResultList();
    }
}
