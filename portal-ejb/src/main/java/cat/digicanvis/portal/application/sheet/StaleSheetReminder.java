package cat.digicanvis.portal.application.sheet;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every morning, reminds the authors of sheets nobody has reviewed for two years. */
@Singleton
public class StaleSheetReminder {

    private static final Logger LOG = Logger.getLogger(StaleSheetReminder.class.getName());

    @Inject
    cat.digicanvis.portal.application.jobs.ClusterJobs jobs;
    @Inject
    ProjectSheetService sheets;

    @Schedule(hour = "6", minute = "15", timezone = "Europe/Madrid", persistent = false)
    public void remind() {
        // once per cluster: the node that holds the lease runs it
        if (!jobs.mine("stale-sheet-reminders", java.time.Duration.ofHours(20))) {
            return;
        }
        int n = sheets.remindStaleAuthors();
        LOG.info(() -> "Stale sheet reminders sent: " + n);
    }
}
