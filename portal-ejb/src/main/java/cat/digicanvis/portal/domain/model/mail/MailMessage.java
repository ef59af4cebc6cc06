package cat.digicanvis.portal.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A mail in the outbox. It is written in the transaction of the action that causes it, so a rolled-back
 * action sends nothing, and sent after commit; failed sends are retried a few times. A mail that carries a
 * one-time link stores {@value #SECRET} where the link's secret goes and the token it belongs to: the secret is
 * made when the mail is sent and is never stored, so neither the outbox nor a backup can open an account.
 */
@Entity
@Table(name = "mail_message")
@NamedQuery(name = MailMessage.PENDING_IDS, query = "SELECT m.id FROM MailMessage m WHERE m.status = "
        + "cat.digicanvis.portal.domain.model.mail.MailStatus.PENDING ORDER BY m.createdAt")
@NamedQuery(name = MailMessage.PENDING_COUNT, query = "SELECT COUNT(m) FROM MailMessage m WHERE m.status = "
        + "cat.digicanvis.portal.domain.model.mail.MailStatus.PENDING")
@NamedQuery(name = MailMessage.LATEST, query = "SELECT m FROM MailMessage m ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = MailMessage.BY_RECIPIENT,
        query = "SELECT m FROM MailMessage m WHERE m.recipient = :recipient ORDER BY m.createdAt")
@NamedQuery(name = MailMessage.PURGE_BODIES, query = "UPDATE MailMessage m SET m.body = '', m.bodyPurged = TRUE "
        + "WHERE m.bodyPurged = FALSE AND m.status <> cat.digicanvis.portal.domain.model.mail.MailStatus.PENDING "
        + "AND m.createdAt < :before")
@NamedQuery(name = MailMessage.PURGE, query = "DELETE FROM MailMessage m "
        + "WHERE m.status <> cat.digicanvis.portal.domain.model.mail.MailStatus.PENDING AND m.createdAt < :before")
public class MailMessage {

    public static final String PENDING_IDS = "MailMessage.pendingIds";
    public static final String PENDING_COUNT = "MailMessage.pendingCount";
    public static final String LATEST = "MailMessage.latest";
    public static final String BY_RECIPIENT = "MailMessage.byRecipient";
    public static final int MAX_ATTEMPTS = 5;
    /** Where a one-time link's secret goes in a stored body. */
    public static final String SECRET = "{secret}";
    public static final String PURGE_BODIES = "MailMessage.purgeBodies";
    public static final String PURGE = "MailMessage.purge";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    /** Where answers go (forum mails: an address that carries a reply token); null: to the sender. */
    @Column(name = "reply_to")
    private String replyTo;
    /** The one-click unsubscribe link (RFC 8058) of forum mails. */
    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;
    /** An automatic answer to a mail (RFC 3834 "auto-replied"), rather than a notification. */
    @Column(name = "auto_reply")
    private boolean autoReply;
    /** The one-time link whose secret is made at sending ({@link #SECRET} in the body); null: none. */
    @Column(name = "account_token_id")
    private Long accountTokenId;
    /** A calendar invitation (iCalendar text, RFC 5545) that goes with the mail as {@code invite.ics}; null: none. */
    private String calendar;
    /** The body was removed after the retention period (the row stays a while as a delivery record). */
    @Column(name = "body_purged")
    private boolean bodyPurged;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String language, String subject, String body, LocalDateTime now) {
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
    }

    /** A forum mail: answers go to {@code replyTo}, and it can be unsubscribed from with one click. */
    public MailMessage listMail(String newReplyTo, String newUnsubscribeUrl) {
        this.replyTo = newReplyTo;
        this.unsubscribeUrl = newUnsubscribeUrl;
        return this;
    }

    /** A mail that carries a calendar invitation (a visit agreed, changed or cancelled). */
    public MailMessage withCalendar(String ics) {
        this.calendar = ics;
        return this;
    }

    public String getCalendar() {
        return calendar;
    }

    /** An answer to a mail the portal received. */
    public MailMessage asAutoReply() {
        this.autoReply = true;
        return this;
    }

    /** A mail whose body holds {@link #SECRET} for the one-time link of this token. */
    public MailMessage withSecretOf(long tokenId) {
        if (!body.contains(SECRET)) {
            throw new IllegalArgumentException("the body has no place for the secret");
        }
        this.accountTokenId = tokenId;
        return this;
    }

    /** The body to send, with the secret in its place. */
    public String bodyWith(String secret) {
        return body.replace(SECRET, secret);
    }

    /** Not sent, and never will be: its link was used, replaced or expired before it could go. */
    public void abandoned(String reason) {
        status = MailStatus.FAILED;
        lastError = reason;
    }

    public void sent(LocalDateTime now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? "?" : error.substring(0, Math.min(500, error.length()));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public boolean isAutoReply() {
        return autoReply;
    }

    public Long getAccountTokenId() {
        return accountTokenId;
    }

    public boolean isBodyPurged() {
        return bodyPurged;
    }
}
