package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.shared.ScheduledRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/** Claims in {@code scheduled_run}: the primary key lets one INSERT win per job and period. */
@ApplicationScoped
public class JpaScheduledRuns implements ScheduledRuns {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public boolean claim(String job, String period, LocalDateTime now) {
        return em.createNativeQuery("INSERT IGNORE INTO scheduled_run (job, period, started_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, job).setParameter(2, period).setParameter(3, now).executeUpdate() == 1;
    }

    @Override
    public void finished(String job, String period, LocalDateTime now) {
        em.createNativeQuery("UPDATE scheduled_run SET finished_at = ?3 WHERE job = ?1 AND period = ?2")
                .setParameter(1, job).setParameter(2, period).setParameter(3, now).executeUpdate();
    }
}
