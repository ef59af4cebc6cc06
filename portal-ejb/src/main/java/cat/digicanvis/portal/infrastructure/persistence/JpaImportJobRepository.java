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

    private static final String PROGRESS = "SELECT NEW cat.digicanvis.portal.domain.model.importing.ImportJob.Progress("
            + "j.id, j.accountId, j.fileName, j.publish, j.status, j.totalRows, j.doneRows, j.created, j.updated,"
            + " j.failed, j.failuresJson, j.createdAt) FROM ImportJob j ";

    @Override
    public List<Long> running() {
        return em.createQuery("SELECT j.id FROM ImportJob j WHERE j.status = :s ORDER BY j.id", Long.class)
                .setParameter("s", ImportJob.Status.RUNNING).getResultList();
    }

    @Override
    public Optional<ImportJob.Progress> progress(long id) {
        return em.createQuery(PROGRESS + "WHERE j.id = :id", ImportJob.Progress.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<ImportJob.Progress> byAccount(long accountId, int max) {
        return em.createQuery(PROGRESS + "WHERE j.accountId = :a ORDER BY j.createdAt DESC, j.id DESC",
                ImportJob.Progress.class).setParameter("a", accountId).setMaxResults(max).getResultList();
    }

    @Override
    public void rowDone(long id, boolean created, boolean updated, String failuresJson) {
        em.createNativeQuery("UPDATE import_job SET done_rows = done_rows + 1, created_count = created_count + ?,"
                        + " updated_count = updated_count + ?, failed_count = failed_count + ?,"
                        + " failures_json = COALESCE(?, failures_json), version = version + 1 WHERE id = ?")
                .setParameter(1, created ? 1 : 0).setParameter(2, updated ? 1 : 0)
                .setParameter(3, created || updated ? 0 : 1).setParameter(4, failuresJson).setParameter(5, id)
                .executeUpdate();
    }

    @Override
    public void finish(long id, java.time.LocalDateTime now) {
        em.createNativeQuery("UPDATE import_job SET status = 'DONE', finished_at = ?, rows_json = NULL,"
                        + " version = version + 1 WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.valueOf(now)).setParameter(2, id).executeUpdate();
    }

    @Override
    public void store(ImportJob job) {
        em.persist(job);
        // the id (an identity column) is needed at once: the audit and the page name the job
        em.flush();
    }
}
