package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.MailFrequency;
import cat.digicanvis.portal.domain.model.forum.NotificationRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ScheduledRuns;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.logging.Logger;

/**
 * The daily and weekly forum digests, at 07:00 Europe/Madrid (the weekly one on Mondays). Every node's timer
 * ticks each hour; the first tick at or after 07:00 claims the day (or the week) in the database and sends,
 * so a digest goes out once whatever the nodes, and a portal that was down at 07:00 sends it when it is back.
 * Each person's digest is its own transaction, which marks what it carried: no post is ever mailed twice.
 */
@Stateless
public class ForumDigests {

    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    public static final int HOUR = 7;
    private static final Logger LOG = Logger.getLogger(ForumDigests.class.getName());

    @Inject
    cat.digicanvis.portal.application.jobs.ClusterJobs jobs;
    @Inject
    NotificationRepository notifications;
    @Inject
    ForumMailer mailer;
    @Inject
    ScheduledRuns runs;
    @Inject
    cat.digicanvis.portal.application.audit.AuditLog audit;
    @Resource
    SessionContext context;

    /** What a digest run did, and how long it took to build. */
    public record DigestRun(MailFrequency frequency, int recipients, int mails, int items, long millis) {
    }

    @Schedule(hour = "*", minute = "0", second = "20", timezone = "Europe/Madrid", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        // once per cluster: the node that holds the lease runs it
        if (!jobs.mine("forum-digests", java.time.Duration.ofMinutes(50))) {
            return;
        }
        runDue(ZonedDateTime.now(MADRID));
    }

    /** Sends the digests that are due at this moment (Madrid time) and were not sent yet; returns their runs. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<DigestRun> runDue(ZonedDateTime at) {
        ZonedDateTime madrid = at.withZoneSameInstant(MADRID);
        if (madrid.getHour() < HOUR) {
            return List.of();
        }
        LocalDateTime now = madrid.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        ForumDigests self = context.getBusinessObject(ForumDigests.class);
        List<DigestRun> done = new java.util.ArrayList<>();
        String day = madrid.toLocalDate().toString();
        if (self.claim("forum-digest-daily", day, now)) {
            done.add(self.send(MailFrequency.DAILY, now));
            self.finish("forum-digest-daily", day);
        }
        String week = madrid.get(IsoFields.WEEK_BASED_YEAR) + "-W" + madrid.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (self.claim("forum-digest-weekly", week, now)) {
            done.add(self.send(MailFrequency.WEEKLY, now));
            self.finish("forum-digest-weekly", week);
        }
        return done;
    }

    /**
     * Builds and queues the digests of one frequency now, for everyone who has something new (the last two days
     * for a daily digest, eight for a weekly one). Also what an administrator's "send now" does.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DigestRun send(MailFrequency frequency, LocalDateTime now) {
        if (frequency != MailFrequency.DAILY && frequency != MailFrequency.WEEKLY) {
            throw new IllegalArgumentException("digests are daily or weekly");
        }
        long t0 = System.nanoTime();
        LocalDateTime since = now.minus(frequency == MailFrequency.DAILY ? Duration.ofDays(2) : Duration.ofDays(8));
        ForumDigests self = context.getBusinessObject(ForumDigests.class);
        List<Long> recipients = self.recipients(frequency, since);
        int mails = 0;
        int items = 0;
        for (long r : recipients) {
            try {
                int carried = self.one(r, frequency, since, now);
                if (carried > 0) {
                    mails++;
                    items += carried;
                }
            } catch (RuntimeException e) {
                // one person's failure (a lock, a removed account) must not stop everyone else's digest
                LOG.warning(() -> "digest for account " + r + " not built: " + e);
            }
        }
        DigestRun run = new DigestRun(frequency, recipients.size(), mails, items, (System.nanoTime() - t0) / 1_000_000);
        LOG.info(() -> "forum digest " + run);
        return run;
    }

    /** An administrator's "send now", in the audit trail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audited(cat.digicanvis.portal.domain.model.account.Actor actor, DigestRun run) {
        audit.record(actor, "forum.digest.sent", "digest", null, run.frequency().name() + ": " + run.mails() + " mails, "
                + run.items() + " notifications");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> recipients(MailFrequency frequency, LocalDateTime since) {
        return notifications.digestRecipients(frequency, since);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int one(long recipientId, MailFrequency frequency, LocalDateTime since, LocalDateTime now) {
        return mailer.digest(recipientId, frequency, since, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String period, LocalDateTime now) {
        return runs.claim(job, period, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String job, String period) {
        runs.finished(job, period, Clock.now());
    }
}
