package cat.digicanvis.portal.domain.model.request;

import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A member of one body asks another body to be put in touch, for a visit or for a collaboration, optionally
 * about one of its sheets. An administrator reviews it before anything reaches the other body: forwarding
 * sends it to that body's members and to the sheet's contact people; a rejection says why. The requester
 * may withdraw it while it waits.
 */
@Entity
@Table(name = "contact_request")
@NamedQuery(name = ContactRequest.BY_REQUESTER,
        query = "SELECT r FROM ContactRequest r WHERE r.requester.id = :account ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = ContactRequest.FORWARDED_TO, query = "SELECT r FROM ContactRequest r WHERE r.toBody.id IN :bodies"
        + " AND r.status = cat.digicanvis.portal.domain.model.request.RequestStatus.FORWARDED"
        + " ORDER BY r.decidedAt DESC, r.id DESC")
@NamedQuery(name = ContactRequest.PENDING_QUEUE, query = "SELECT r FROM ContactRequest r WHERE r.status = "
        + "cat.digicanvis.portal.domain.model.request.RequestStatus.PENDING ORDER BY r.createdAt, r.id")
@NamedQuery(name = ContactRequest.BY_STATUS,
        query = "SELECT r FROM ContactRequest r WHERE r.status = :status ORDER BY r.decidedAt DESC, r.id DESC")
@NamedQuery(name = ContactRequest.COUNT_PENDING, query = "SELECT COUNT(r) FROM ContactRequest r WHERE"
        + " r.requester.id = :account AND r.status = cat.digicanvis.portal.domain.model.request.RequestStatus.PENDING")
@NamedQuery(name = ContactRequest.LIVE_ABOUT, query = "SELECT COUNT(r) FROM ContactRequest r WHERE"
        + " r.fromBody.id = :from AND r.requester.id = :account AND r.sheetId = :sheet AND r.kind = :kind"
        + " AND r.status IN (cat.digicanvis.portal.domain.model.request.RequestStatus.PENDING,"
        + " cat.digicanvis.portal.domain.model.request.RequestStatus.FORWARDED)")
public class ContactRequest {

    public static final String BY_REQUESTER = "ContactRequest.byRequester";
    public static final String FORWARDED_TO = "ContactRequest.forwardedTo";
    public static final String PENDING_QUEUE = "ContactRequest.pendingQueue";
    public static final String BY_STATUS = "ContactRequest.byStatus";
    public static final String COUNT_PENDING = "ContactRequest.countPending";
    public static final String LIVE_ABOUT = "ContactRequest.liveAbout";
    public static final int MESSAGE_MIN = 20;
    public static final int MESSAGE_MAX = 4000;
    public static final int NOTE_MAX = 1000;
    public static final int VISITORS_MAX = 30;
    /** Visits are planned at most a year ahead. */
    public static final int VISIT_HORIZON_DAYS = 366;
    /** Pending requests one person may have at a time: enough for real use, a brake on mass mailing. */
    public static final int PENDING_MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id")
    private Account requester;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_body_id")
    private LocalBody fromBody;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_body_id")
    private LocalBody toBody;
    @Column(name = "sheet_id")
    private Long sheetId;
    /** The sheet's title when the request was made: the request reads the same if the sheet changes. */
    @Column(name = "sheet_title")
    private String sheetTitle;
    @Column(name = "requester_position", nullable = false)
    private String requesterPosition;
    @Column(nullable = false)
    private String message;
    @Column(name = "visit_from")
    private LocalDate visitFrom;
    @Column(name = "visit_to")
    private LocalDate visitTo;
    private Integer visitors;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    /** How many people the forwarded request was mailed to. */
    private int recipients;

    protected ContactRequest() {
    }

    /**
     * A new pending request. The visit's dates and number of people are kept only for visits; both dates are
     * optional, but when given they lie between today and a year ahead, the end not before the start.
     */
    public ContactRequest(Account requester, String requesterPosition, LocalBody fromBody, LocalBody toBody,
            Long sheetId, String sheetTitle, RequestKind kind, String message, LocalDate visitFrom,
            LocalDate visitTo, Integer visitors, LocalDateTime now) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(Violation.of("requestKind", "validation.required"));
        }
        if (fromBody != null && (fromBody == toBody
                || toBody != null && fromBody.getId() != null && fromBody.getId().equals(toBody.getId()))) {
            violations.add(Violation.of("toBody", "validation.request.sameBody"));
        }
        String text = message == null ? "" : message.strip();
        if (text.length() < MESSAGE_MIN || text.length() > MESSAGE_MAX) {
            violations.add(Violation.of("message", "validation.length", MESSAGE_MIN, MESSAGE_MAX));
        }
        if (kind == RequestKind.VISIT) {
            LocalDate today = now.toLocalDate();
            if (visitFrom != null && (visitFrom.isBefore(today) || visitFrom.isAfter(today.plusDays(VISIT_HORIZON_DAYS)))
                    || visitTo != null && (visitTo.isBefore(today) || visitTo.isAfter(today.plusDays(VISIT_HORIZON_DAYS)))) {
                violations.add(Violation.of("visitDates", "validation.request.visitWindow", VISIT_HORIZON_DAYS));
            } else if (visitFrom != null && visitTo != null && visitTo.isBefore(visitFrom)) {
                violations.add(Violation.of("visitDates", "validation.request.visitOrder"));
            }
            if (visitors == null || visitors < 1 || visitors > VISITORS_MAX) {
                violations.add(Violation.of("visitors", "validation.range", 1, VISITORS_MAX));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.requester = requester;
        this.requesterPosition = requesterPosition;
        this.fromBody = fromBody;
        this.toBody = toBody;
        this.sheetId = sheetId;
        this.sheetTitle = sheetTitle;
        this.kind = kind;
        this.message = text;
        boolean visit = kind == RequestKind.VISIT;
        this.visitFrom = visit ? visitFrom : null;
        this.visitTo = visit ? visitTo : null;
        this.visitors = visit ? visitors : null;
        this.status = RequestStatus.PENDING;
        this.createdAt = now;
    }

    /** Sends the request on to the other body ({@code recipients} people); only a pending request can be. */
    public void forward(long administratorId, String note, int recipients, LocalDateTime now) {
        if (recipients < 1) {
            throw new RuleViolationException(Violation.of(null, "validation.request.noRecipients"));
        }
        decide(RequestStatus.FORWARDED, administratorId, note, now);
        this.recipients = recipients;
    }

    /** A rejection needs a reason: the requester is told why. */
    public void reject(long administratorId, String why, LocalDateTime now) {
        if (why == null || why.isBlank()) {
            throw new RuleViolationException(Violation.of("reason", "validation.required"));
        }
        decide(RequestStatus.REJECTED, administratorId, why, now);
    }

    /** The requester takes the request back before it is reviewed. */
    public void withdraw(LocalDateTime now) {
        requirePending();
        status = RequestStatus.WITHDRAWN;
        decidedAt = now;
    }

    private void decide(RequestStatus to, long administratorId, String note, LocalDateTime now) {
        requirePending();
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > NOTE_MAX) {
            throw new RuleViolationException(Violation.of("reason", "validation.tooLong", NOTE_MAX));
        }
        status = to;
        decisionNote = n;
        decidedBy = administratorId;
        decidedAt = now;
    }

    private void requirePending() {
        if (status != RequestStatus.PENDING) {
            throw new RuleViolationException(Violation.of(null, "validation.request.decided"));
        }
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public RequestKind getKind() {
        return kind;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Account getRequester() {
        return requester;
    }

    public String getRequesterPosition() {
        return requesterPosition;
    }

    public LocalBody getFromBody() {
        return fromBody;
    }

    public LocalBody getToBody() {
        return toBody;
    }

    public Long getSheetId() {
        return sheetId;
    }

    public String getSheetTitle() {
        return sheetTitle;
    }

    public String getMessage() {
        return message;
    }

    public LocalDate getVisitFrom() {
        return visitFrom;
    }

    public LocalDate getVisitTo() {
        return visitTo;
    }

    public Integer getVisitors() {
        return visitors;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public int getRecipients() {
        return recipients;
    }
}
