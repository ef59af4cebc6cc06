package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import cat.digicanvis.portal.domain.model.request.Side;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every hour: reminds the receiving body of a request that has waited 7 days for its answer (the administrators
 * in copy), and both sides of a visit a week and a day before its day. Each reminder is sent once: the request
 * remembers it in the same transaction as the mail is queued.
 */
@Singleton
public class RequestReminders {

    private static final Logger LOG = Logger.getLogger(RequestReminders.class.getName());

    @Inject
    cat.digicanvis.portal.application.jobs.ClusterJobs jobs;
    @Inject
    ContactRequestRepository requests;
    @Inject
    AccountRepository accounts;
    @Inject
    ConversationMailer mailer;

    /** How many of each reminder a run sent. */
    public record Run(int answers, int visits) {
    }

    @Schedule(minute = "40", hour = "*", persistent = false)
    public void hourly() {
        // once per cluster: the node that holds the lease runs it
        if (!jobs.mine("request-reminders", java.time.Duration.ofMinutes(50))) {
            return;
        }
        Run run = run(Clock.now());
        if (run.answers() + run.visits() > 0) {
            LOG.info(() -> "Request reminders: " + run.answers() + " unanswered, " + run.visits() + " visits");
        }
    }

    public Run run(LocalDateTime now) {
        int answers = 0;
        List<Account> administrators = accounts.activeAdministrators();
        for (ContactRequest r : requests.unanswered(now.minusDays(ContactRequest.ANSWER_REMINDER_DAYS))) {
            if (!r.awaitsAnswerReminder(now)) {
                continue;
            }
            for (ConversationMailer.Participant p : mailer.participants(r)) {
                if (p.side() == Side.RECEIVER) {
                    mailer.send(r, p, "REMINDER_ANSWER", null, null, null);
                }
            }
            for (Account a : administrators) {
                mailer.send(r, new ConversationMailer.Participant(Side.OBSERVATORY, a.getId(), a.getEmail(),
                        a.getDisplayName(), a.getLanguage()), "REMINDER_ANSWER_COPY", null, null, null);
            }
            r.remindedToAnswer(now);
            answers++;
        }
        int visits = 0;
        LocalDate today = now.toLocalDate();
        for (ContactRequest r : requests.visitsBetween(today.plusDays(1), today.plusDays(7))) {
            int due = r.visitReminderDue(today);
            if (due == 0) {
                continue;
            }
            for (ConversationMailer.Participant p : mailer.participants(r)) {
                mailer.send(r, p, "REMINDER_VISIT_" + due, null, null, null);
            }
            r.visitReminded(due);
            visits++;
        }
        return new Run(answers, visits);
    }
}
