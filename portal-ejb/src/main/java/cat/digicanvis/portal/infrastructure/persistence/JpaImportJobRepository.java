package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.importing.ImportJob;
import cat.digicanvis.portal.domain.model.importing.ImportJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaImportJobRepository implements ImportJobRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<ImportJob> find(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    @Override
    public List<ImportJob> byAccount(long accountId, int max) {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.accountId = :a ORDER BY j.createdAt DESC, j.id DESC",
                ImportJob.class).setParameter("a", accountId).setMaxResults(max).getResultList();
    }

    @Override
    public void store(ImportJob job) {
        em.persist(job);
        // the id (an identity column) is needed at once: the audit and the page name the job
        em.flush();
    }
}
