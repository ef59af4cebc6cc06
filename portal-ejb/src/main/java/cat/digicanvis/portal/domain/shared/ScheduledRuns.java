package cat.digicanvis.portal.domain.shared;

import java.time.LocalDateTime;

/** Jobs that must run once per period (a day, a week) whatever the number of nodes and restarts. */
public interface ScheduledRuns {

    /** True for the one caller that claims this job's period; false when it ran (or runs) already. */
    boolean claim(String job, String period, LocalDateTime now);

    void finished(String job, String period, LocalDateTime now);
}
