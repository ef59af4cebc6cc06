package cat.digicanvis.portal.application.mail;

import cat.digicanvis.portal.domain.model.mail.MailMessage;
import cat.digicanvis.portal.domain.model.mail.MailRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox over SMTP (Jakarta Mail) right after the transaction that queued a mail commits, and
 * retries what failed every minute. One sender at a time per node, and a mail goes only from the node that claimed
 * it, so a mail is never sent twice however many nodes there are. Each mail is read in one
 * transaction, sent outside any, and its outcome written in another: a slow mail server holds no database lock
 * or connection.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    MailRepository outbox;
    @Inject
    cat.digicanvis.portal.domain.model.account.AccountRepository accounts;
    @Inject
    PortalSettings settings;
    @Inject
    cat.digicanvis.portal.application.jobs.ClusterJobs jobs;
    @Resource
    UserTransaction tx;
    @Resource
    SessionContext context;

    static final int BATCH = 100;
    /** How long a node's claim on a mail lasts: a node that dies while sending leaves the mail to another then. */
    static final java.time.Duration CLAIM = java.time.Duration.ofMinutes(2);
    /** One sender at a time, so a mail is never sent twice; the lock is the bean's own, not the container's. */
    private final java.util.concurrent.locks.ReentrantLock sending = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.atomic.AtomicBoolean roundWanted = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Asks for a sending round, unless one is already waiting. Never waits: the action that queued the mail
     * (a digest run queues a thousand) must not wait while the sender talks to the SMTP server.
     */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (roundWanted.compareAndSet(false, true)) {
            context.getBusinessObject(MailSender.class).sendPendingLater();
        }
    }

    /** One sending round that empties the outbox (mail queued meanwhile asks for the next round). */
    @Asynchronous
    public void sendPendingLater() {
        sending.lock();
        try {
            round();
        } finally {
            sending.unlock();
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void retry() {
        if (sending.tryLock()) {
            try {
                round();
            } finally {
                sending.unlock();
            }
        }
    }

    private void round() {
        roundWanted.set(false);
        // a full batch means there may be more; bounded, so that a server refusing everything cannot hold it
        for (int round = 0; round < 50 && sendPending() == BATCH; round++) {
            LOG.fine("outbox: another batch");
        }
    }

    /** Sends up to a batch of pending mails; returns how many it tried (sent or failed). Under {@code sending}. */
    int sendPending() {
        if (settings.mailHost().isBlank()) {
            return 0;
        }
        Session session = session();
        List<Long> ids = inTx(() -> outbox.pendingIds(BATCH));
        for (Long id : ids) {
            Outgoing mail = inTx(() -> prepare(id));
            if (mail == null) {
                continue;
            }
            // the SMTP conversation happens outside any transaction: a slow mail server holds no database lock
            // and no connection; the outcome is written afterwards
            String failure = deliver(session, mail);
            inTx(() -> {
                MailMessage m = outbox.find(id).orElse(null);
                if (m != null && m.getStatus() == cat.digicanvis.portal.domain.model.mail.MailStatus.PENDING) {
                    if (failure == null) {
                        m.sent(Clock.now());
                    } else {
                        m.failed(failure);
                    }
                }
                return null;
            });
        }
        return ids.size();
    }

    /** A mail as it leaves: read from the outbox, with its one-time link's secret in the text. */
    record Outgoing(long id, String recipient, String subject, String body, String calendar, String language,
                    String replyTo, String unsubscribeUrl, boolean autoReply) {
    }

    /**
     * The mail to send, or null when there is none to send any more. The secret of a one-time link is made now,
     * and committed before the mail leaves: whoever opens the link at once finds it; it lives only in the mail
     * that leaves (a failed send makes another next time).
     */
    private Outgoing prepare(long id) {
        // another node may be sending the same outbox: only the node that claims a mail sends it
        if (!outbox.claim(id, jobs.node(), CLAIM)) {
            return null;
        }
        MailMessage m = outbox.find(id).orElse(null);
        if (m == null || m.getStatus() != cat.digicanvis.portal.domain.model.mail.MailStatus.PENDING) {
            return null;
        }
        String body = m.getBody();
        if (m.getAccountTokenId() != null) {
            java.util.Optional<String> made = accounts.findTokenById(m.getAccountTokenId())
                    .flatMap(t -> t.reissue(Clock.now()));
            if (made.isEmpty()) {
                m.abandoned("its link was used, replaced or expired before it could be sent");
                return null;
            }
            body = m.bodyWith(made.get());
        }
        return new Outgoing(id, m.getRecipient(), m.getSubject(), body, m.getCalendar(), m.getLanguage(),
                m.getReplyTo(), m.getUnsubscribeUrl(), m.isAutoReply());
    }

    /** Talks to the SMTP server; null when the mail left, else why not. */
    private String deliver(Session session, Outgoing m) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(settings.mailFrom()));
            // one recipient, strictly: a stored list ("a@x,b@y") must never reach several mailboxes
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(m.recipient(), true));
            mime.setSubject(m.subject(), StandardCharsets.UTF_8.name());
            if (m.calendar() == null) {
                mime.setText(m.body(), StandardCharsets.UTF_8.name());
            } else {
                mime.setContent(withInvitation(m.body(), m.calendar()));
            }
            mime.setHeader("Content-Language", m.language());
            if (m.replyTo() != null) {
                mime.setReplyTo(new InternetAddress[] {new InternetAddress(m.replyTo(), true)});
            }
            if (m.unsubscribeUrl() != null) {
                // RFC 8058: mail programs offer "unsubscribe" and POST to the link without opening it
                mime.setHeader("List-Unsubscribe", "<" + m.unsubscribeUrl() + ">");
                mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            // RFC 3834: other robots (and our own reply reader) must not answer these
            mime.setHeader("Auto-Submitted", m.autoReply() ? "auto-replied" : "auto-generated");
            mime.setSentDate(new Date());
            Transport.send(mime);
            return null;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "mail {0} not sent: {1}", new Object[] {m.id(), e.getMessage()});
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /**
     * The text with a calendar invitation: a text/calendar part with its iTIP method, which mail programs offer
     * to add to the calendar, also named invite.ics for those that only show attachments.
     */
    static jakarta.mail.internet.MimeMultipart withInvitation(String text, String ics) throws MessagingException {
        jakarta.mail.internet.MimeMultipart mixed = new jakarta.mail.internet.MimeMultipart("mixed");
        jakarta.mail.internet.MimeBodyPart plain = new jakarta.mail.internet.MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        mixed.addBodyPart(plain);
        String method = ics.contains("\nMETHOD:CANCEL") ? "CANCEL" : "REQUEST";
        jakarta.mail.internet.MimeBodyPart calendar = new jakarta.mail.internet.MimeBodyPart();
        // a data source, not setContent: Jakarta Mail has no content handler for text/calendar objects
        calendar.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                ics.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=" + method)));
        calendar.setFileName("invite.ics");
        calendar.setHeader("Content-Transfer-Encoding", "quoted-printable");
        mixed.addBodyPart(calendar);
        return mixed;
    }

    /**
     * Jakarta Mail's SMTP settings. {@code startTls}: "false", "true" (used when the server offers it) or
     * "required" (a server that does not offer it gets no mail, rather than mail in clear).
     */
    static Properties smtp(String host, int port, String startTls) {
        String mode = startTls == null ? "false" : startTls.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("false", "true", "required").contains(mode)) {
            throw new IllegalArgumentException("portal.mail.starttls is false, true or required, not " + startTls);
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(!mode.equals("false")));
        p.put("mail.smtp.starttls.required", String.valueOf(mode.equals("required")));
        return p;
    }

    private Session session() {
        Properties p = smtp(settings.mailHost(), settings.mailPort(), settings.mailStartTls());
        if (!settings.mailUser().isBlank()) {
            p.put("mail.smtp.auth", "true");
            return Session.getInstance(p, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(settings.mailUser(), settings.mailPassword());
                }
            });
        }
        return Session.getInstance(p);
    }

    private <T> T inTx(java.util.function.Supplier<T> work) {
        try {
            tx.begin();
            try {
                T result = work.get();
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                tx.rollback();
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
