package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.localbody.BodyType;
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
