package cat.digicanvis.portal.application.jobs;

import java.time.Duration;

/** Leases of scheduled jobs, kept where every node sees them (the database). */
public interface JobLeases {

    /**
     * Takes or renews the job's lease for {@code holder} for {@code lease} (counted by the database's clock); false
     * when another holder's lease has not ended yet. In a transaction of its own.
     */
    boolean take(String job, String holder, Duration lease);
}
