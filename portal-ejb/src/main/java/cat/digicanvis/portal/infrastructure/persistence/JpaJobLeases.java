package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.application.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/** Job leases in {@code job_lease}, taken with one statement under the row's lock, timed by the database. */
@ApplicationScoped
public class JpaJobLeases implements JobLeases {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, String holder, Duration lease) {
        // assignments apply left to right: the holder is decided on the old values, the end on the new holder
        em.createNativeQuery("INSERT INTO job_lease (name, holder, held_until, last_run_at)"
                + " VALUES (?1, ?2, NOW(3) + INTERVAL ?3 SECOND, NOW(3)) ON DUPLICATE KEY UPDATE"
                + " last_run_at = IF(held_until < NOW(3) OR holder = VALUES(holder), NOW(3), last_run_at),"
                + " holder = IF(held_until < NOW(3) OR holder = VALUES(holder), VALUES(holder), holder),"
                + " held_until = IF(holder = VALUES(holder), VALUES(held_until), held_until)")
                .setParameter(1, job).setParameter(2, holder).setParameter(3, Math.max(1, lease.toSeconds()))
                .executeUpdate();
        Object held = em.createNativeQuery("SELECT holder FROM job_lease WHERE name = ?1").setParameter(1, job)
                .getSingleResult();
        return holder.equals(held);
    }
}
