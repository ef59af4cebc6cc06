package cat.digicanvis.portal.application.retention;

import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.MailingLimits;
import cat.digicanvis.portal.domain.model.mail.MailRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Forgets what the portal no longer needs, every hour on every node (each purge deletes what is past its time,
 * so running it twice does no harm): the text of mails after {@link #MAIL_BODY}, their record after
 * {@link #MAIL_RECORD}, uploads that no sheet uses after {@link #UNATTACHED_FILE}, sign-in throttles and mail
 * counters whose window is over.
 */
@Stateless
public class Retention {

    /** A sent (or abandoned) mail's text is kept this long, to answer "did it reach me, what did it say?". */
    public static final Duration MAIL_BODY = Duration.ofDays(7);
    /** A sent (or abandoned) mail's record (to whom, subject, when, state) is kept this long. */
    public static final Duration MAIL_RECORD = Duration.ofDays(90);
    /** An uploaded file that no sheet uses is kept this long (the time to finish the sheet that was to use it). */
    public static final Duration UNATTACHED_FILE = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    cat.digicanvis.portal.application.jobs.ClusterJobs jobs;
    @Inject
    AccountRepository accounts;
    @Inject
    MailRepository outbox;
    @Inject
    cat.digicanvis.portal.domain.model.file.StoredFileRepository files;

    /** What one purge removed. */
    public record Purged(int mailBodies, int mails, int throttles, int counters, int files) {
    }

    @Schedule(minute = "7", hour = "*", persistent = false)
    public void hourly() {
        // once per cluster: the node that holds the lease runs it
        if (!jobs.mine("retention", java.time.Duration.ofMinutes(50))) {
            return;
        }
        Purged p = purge(Clock.now());
        LOG.fine(() -> "retention: " + p);
    }

    /** Removes everything past its retention at {@code now}. */
    public Purged purge(LocalDateTime now) {
        return new Purged(outbox.purgeBodies(now.minus(MAIL_BODY)), outbox.purge(now.minus(MAIL_RECORD)),
                accounts.purgeThrottles(now), accounts.purgeCounters(now.minus(MailingLimits.WINDOW)),
                files.purgeUnattached(now.minus(UNATTACHED_FILE)));
    }
}
