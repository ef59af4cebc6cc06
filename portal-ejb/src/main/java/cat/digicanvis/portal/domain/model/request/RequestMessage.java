package cat.digicanvis.portal.domain.model.request;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A line of a request's private conversation: a message, or a step (accepted, declined, a day proposed…) with
 * its note. Written by an account, or by a contact person of the sheet who has none (answering by mail: the
 * address is kept, the account is null). Messages follow the forum's lengths; a step's note is short. The text
 * is kept as written (Markdown) with its sanitised HTML.
 */
@Entity
@Table(name = "request_message")
@NamedQuery(name = RequestMessage.OF_REQUEST,
        query = "SELECT m FROM RequestMessage m WHERE m.requestId = :request ORDER BY m.createdAt, m.id")
@NamedQuery(name = RequestMessage.BY_AUTHOR,
        query = "SELECT m FROM RequestMessage m WHERE m.authorId = :account ORDER BY m.createdAt, m.id")
@NamedQuery(name = RequestMessage.FORGET_AUTHOR,
        query = "UPDATE RequestMessage m SET m.authorId = NULL, m.authorName = NULL WHERE m.authorId = :account")
public class RequestMessage {

    public static final String OF_REQUEST = "RequestMessage.ofRequest";
    public static final String BY_AUTHOR = "RequestMessage.byAuthor";
    public static final String FORGET_AUTHOR = "RequestMessage.forgetAuthor";
    /** The forum's lengths for a message. */
    public static final int BODY_MIN = 20;
    public static final int BODY_MAX = 32_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false)
    private Long requestId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "author_name")
    private String authorName;
    @Column(name = "contact_email")
    private String contactEmail;
    private String body;
    @Column(name = "body_html")
    private String bodyHtml;
    @Column(name = "visit_date")
    private LocalDate visitDate;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected RequestMessage() {
    }

    private RequestMessage(long requestId, MessageKind kind, Side side, Long authorId, String authorName,
            String contactEmail, String body, String bodyHtml, LocalDate visitDate, LocalDateTime now) {
        this.requestId = requestId;
        this.kind = kind;
        this.side = side;
        this.authorId = authorId;
        this.authorName = authorName;
        this.contactEmail = contactEmail;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.visitDate = visitDate;
        this.createdAt = now;
    }

    /** The text, checked for its kind: a message or a question 20–32,000 characters, a step's note at most 1,000. */
    public static String checkText(MessageKind kind, String text) {
        String t = text == null ? "" : text.strip();
        if (kind == MessageKind.MESSAGE || kind == MessageKind.INFO_REQUESTED) {
            if (t.length() < BODY_MIN || t.length() > BODY_MAX) {
                throw new RuleViolationException(Violation.of("messageBody", "validation.length", BODY_MIN, BODY_MAX));
            }
        } else if (kind == MessageKind.DECLINED && t.isEmpty()) {
            throw new RuleViolationException(Violation.of("reason", "validation.required"));
        } else if (t.length() > ContactRequest.NOTE_MAX) {
            throw new RuleViolationException(Violation.of("reason", "validation.tooLong", ContactRequest.NOTE_MAX));
        }
        return t.isEmpty() ? null : t;
    }

    /** A line by a signed-in person (or an administrator) on one side. */
    public static RequestMessage byAccount(long requestId, MessageKind kind, Side side, long authorId,
            String authorName, String body, String bodyHtml, LocalDate visitDate, LocalDateTime now) {
        return new RequestMessage(requestId, kind, side, authorId, authorName, null, body, bodyHtml, visitDate, now);
    }

    /** A message by a contact person of the sheet who has no account, received by mail. */
    public static RequestMessage byContact(long requestId, String name, String email, String body, String bodyHtml,
            LocalDateTime now) {
        return new RequestMessage(requestId, MessageKind.MESSAGE, Side.RECEIVER, null, name, email, body, bodyHtml,
                null, now);
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public MessageKind getKind() {
        return kind;
    }

    public Side getSide() {
        return side;
    }

    public Long getAuthorId() {
        return authorId;
    }

    /** Null for a deleted account's lines ("former member"). */
    public String getAuthorName() {
        return authorName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
