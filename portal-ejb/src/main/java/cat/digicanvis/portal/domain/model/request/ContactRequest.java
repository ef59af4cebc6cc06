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
 *
 * <p>Once forwarded, the receiving body accepts it, declines it (with a reason) or asks for more; the sender
 * may cancel it. A visit is accepted on a date: one inside the window the sender proposed is agreed at once,
 * another is a proposal that the sender confirms; either side may later propose a new date, which the other
 * confirms (the calendar event's sequence number then grows). After the date (at once for the other kinds)
 * the sender records whether it took place, with a note and whether it was useful.
 */
@Entity
@Table(name = "contact_request")
@NamedQuery(name = ContactRequest.BY_REQUESTER,
        query = "SELECT r FROM ContactRequest r WHERE r.requester.id = :account ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = ContactRequest.FORWARDED_TO, query = "SELECT r FROM ContactRequest r WHERE r.toBody.id IN :bodies"
        + " AND r.status NOT IN (cat.digicanvis.portal.domain.model.request.RequestStatus.PENDING,"
        + " cat.digicanvis.portal.domain.model.request.RequestStatus.REJECTED,"
        + " cat.digicanvis.portal.domain.model.request.RequestStatus.WITHDRAWN)"
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
        + " cat.digicanvis.portal.domain.model.request.RequestStatus.FORWARDED,"
        + " cat.digicanvis.portal.domain.model.request.RequestStatus.ACCEPTED,"
        + " cat.digicanvis.portal.domain.model.request.RequestStatus.HELD)")
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
    /** Days a forwarded request may wait for an answer before the receiving body is reminded. */
    public static final int ANSWER_REMINDER_DAYS = 7;

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
    /** The requester's name when sending: a deleted account's requests read "former member". */
    @Column(name = "requester_name")
    private String requesterName;
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
    /** The visit's agreed day. */
    @Column(name = "agreed_date")
    private LocalDate agreedDate;
    /** A day one side proposed and the other has not yet confirmed. */
    @Column(name = "proposed_date")
    private LocalDate proposedDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by")
    private Side proposedBy;
    /** The calendar event's SEQUENCE (RFC 5545): it grows with every change of the agreed day. */
    @Column(name = "event_sequence")
    private int eventSequence;
    /** The receiving body's first answer (a step or a message), for the time-to-answer statistics. */
    @Column(name = "answered_at")
    private LocalDateTime answeredAt;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "outcome_note")
    private String outcomeNote;
    @Column(name = "outcome_useful")
    private Boolean outcomeUseful;
    /** Each side's consent to show its name beside the other's on the sheet ("visited by"). */
    @Column(name = "sender_shows_name")
    private boolean senderShowsName;
    @Column(name = "receiver_shows_name")
    private boolean receiverShowsName;
    @Column(name = "answer_reminded_at")
    private LocalDateTime answerRemindedAt;
    @Column(name = "week_reminded")
    private boolean weekReminded;
    @Column(name = "day_reminded")
    private boolean dayReminded;

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
        this.requesterName = requester == null ? null : requester.getDisplayName();
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

    // ---- after forwarding

    /**
     * The receiving body accepts. Contacts and collaborations need no date. A visit needs one, between today and
     * a year ahead: inside the sender's window (or any, if the sender left the dates open) it is agreed at once;
     * outside, it is a proposal for the sender to confirm. Returns whether the request is now accepted.
     */
    public boolean accept(LocalDate date, LocalDateTime now) {
        requireStatus(RequestStatus.FORWARDED);
        if (kind != RequestKind.VISIT) {
            status = RequestStatus.ACCEPTED;
            answered(now);
            return true;
        }
        checkDay(date, now);
        answered(now);
        if (insideWindow(date)) {
            agree(date);
            return true;
        }
        proposedDate = date;
        proposedBy = Side.RECEIVER;
        return false;
    }

    /** The receiving body says no; the sender is told why. */
    public void decline(String reason, LocalDateTime now) {
        requireStatus(RequestStatus.FORWARDED);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(Violation.of("reason", "validation.required"));
        }
        answered(now);
        close(RequestStatus.DECLINED, now);
    }

    /** A message or a question from the receiving body counts as its first answer. */
    public void answered(LocalDateTime now) {
        if (answeredAt == null) {
            answeredAt = now;
        }
    }

    /**
     * A side proposes a day for the visit: the receiving body while the request waits for its answer (an
     * acceptance on another day), either side once it is accepted (a change). The other side confirms it.
     */
    public void proposeDate(Side by, LocalDate date, LocalDateTime now) {
        if (kind != RequestKind.VISIT) {
            throw new RuleViolationException(Violation.of(null, "validation.request.notVisit"));
        }
        if (status == RequestStatus.FORWARDED && by == Side.RECEIVER) {
            accept(date, now);
            return;
        }
        requireStatus(RequestStatus.ACCEPTED);
        checkDay(date, now);
        if (date.equals(agreedDate)) {
            throw new RuleViolationException(Violation.of("visitDate", "validation.request.sameDate"));
        }
        proposedDate = date;
        proposedBy = by;
    }

    /**
     * The side that did not propose the day confirms it: the visit is agreed on it (a change of an agreed day
     * makes the calendar event's next version, and the reminders start again). Returns whether it was a change.
     */
    public boolean confirmDate(Side by, LocalDateTime now) {
        if (proposedDate == null || (status != RequestStatus.FORWARDED && status != RequestStatus.ACCEPTED)) {
            throw new RuleViolationException(Violation.of(null, "validation.request.noProposal"));
        }
        if (proposedBy == by) {
            throw new RuleViolationException(Violation.of(null, "validation.request.ownProposal"));
        }
        if (proposedDate.isBefore(now.toLocalDate())) {
            throw new RuleViolationException(Violation.of("visitDate", "validation.request.visitWindow",
                    VISIT_HORIZON_DAYS));
        }
        boolean change = agreedDate != null;
        if (change) {
            eventSequence++;
        }
        agree(proposedDate);
        return change;
    }

    /**
     * Calls it off: the sender while it waits for an answer, either side once accepted (a visit's event is
     * cancelled).
     */
    public void cancel(Side by, LocalDateTime now) {
        if (status == RequestStatus.FORWARDED && by != Side.SENDER) {
            throw new RuleViolationException(Violation.of(null, "validation.request.declineInstead"));
        }
        if (status != RequestStatus.FORWARDED && status != RequestStatus.ACCEPTED) {
            throw new RuleViolationException(Violation.of(null, "validation.request.closed"));
        }
        if (agreedDate != null) {
            eventSequence++;
        }
        close(RequestStatus.CANCELLED, now);
    }

    /**
     * The sender records how it ended, once accepted and, for a visit, from the agreed day on: held (the visit
     * took place, the collaboration started, the contact was made), saying whether it was useful, or not held.
     * The note is optional and short.
     */
    public void recordOutcome(boolean held, String note, Boolean useful, LocalDateTime now) {
        requireStatus(RequestStatus.ACCEPTED);
        if (kind == RequestKind.VISIT && (agreedDate == null || agreedDate.isAfter(now.toLocalDate()))) {
            throw new RuleViolationException(Violation.of(null, "validation.request.notYet"));
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        List<Violation> violations = new ArrayList<>();
        if (n != null && n.length() > NOTE_MAX) {
            violations.add(Violation.of("outcomeNote", "validation.tooLong", NOTE_MAX));
        }
        if (held && useful == null) {
            violations.add(Violation.of("outcomeUseful", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        outcomeNote = n;
        outcomeUseful = held ? useful : null;
        close(held ? RequestStatus.HELD : RequestStatus.NOT_HELD, now);
    }

    /** A side agrees (or no longer agrees) to show its name beside the other's on the sheet. */
    public void showName(Side side, boolean show) {
        if (status != RequestStatus.HELD) {
            throw new RuleViolationException(Violation.of(null, "validation.request.notHeld"));
        }
        if (side == Side.SENDER) {
            senderShowsName = show;
        } else {
            receiverShowsName = show;
        }
    }

    /** Whether both bodies agreed to be named together on the sheet. */
    public boolean namesShown() {
        return status == RequestStatus.HELD && senderShowsName && receiverShowsName;
    }

    /** Whether the receiving body should be reminded that the request waits for its answer. */
    public boolean awaitsAnswerReminder(LocalDateTime now) {
        return status == RequestStatus.FORWARDED && answeredAt == null && answerRemindedAt == null && decidedAt != null
                && !decidedAt.plusDays(ANSWER_REMINDER_DAYS).isAfter(now);
    }

    public void remindedToAnswer(LocalDateTime now) {
        answerRemindedAt = now;
    }

    /** The visit reminder due today, if any: 7 (a week before) or 1 (the day before), each sent once. */
    public int visitReminderDue(LocalDate today) {
        if (status != RequestStatus.ACCEPTED || agreedDate == null || agreedDate.isBefore(today.plusDays(1))) {
            return 0;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, agreedDate);
        if (days <= 1 && !dayReminded) {
            return 1;
        }
        if (days <= 7 && days > 1 && !weekReminded) {
            return 7;
        }
        return 0;
    }

    public void visitReminded(int daysBefore) {
        if (daysBefore <= 1) {
            dayReminded = true;
        }
        weekReminded = true;
    }

    /** The account that sent it was deleted: the request stays with the two bodies, signed by a former member. */
    public void forgetRequester() {
        requester = null;
        requesterName = null;
    }

    private void agree(LocalDate date) {
        agreedDate = date;
        proposedDate = null;
        proposedBy = null;
        weekReminded = false;
        dayReminded = false;
        status = RequestStatus.ACCEPTED;
    }

    private boolean insideWindow(LocalDate date) {
        return (visitFrom == null || !date.isBefore(visitFrom)) && (visitTo == null || !date.isAfter(visitTo));
    }

    private void checkDay(LocalDate date, LocalDateTime now) {
        if (date == null) {
            throw new RuleViolationException(Violation.of("visitDate", "validation.required"));
        }
        LocalDate today = now.toLocalDate();
        if (date.isBefore(today) || date.isAfter(today.plusDays(VISIT_HORIZON_DAYS))) {
            throw new RuleViolationException(Violation.of("visitDate", "validation.request.visitWindow",
                    VISIT_HORIZON_DAYS));
        }
    }

    private void close(RequestStatus to, LocalDateTime now) {
        status = to;
        closedAt = now;
        proposedDate = null;
        proposedBy = null;
    }

    private void requireStatus(RequestStatus expected) {
        if (status != expected) {
            throw new RuleViolationException(Violation.of(null, status.isFinal() ? "validation.request.closed"
                    : "validation.request.wrongStep"));
        }
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

    public String getRequesterName() {
        return requesterName;
    }

    public LocalDate getAgreedDate() {
        return agreedDate;
    }

    public LocalDate getProposedDate() {
        return proposedDate;
    }

    public Side getProposedBy() {
        return proposedBy;
    }

    public int getEventSequence() {
        return eventSequence;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Boolean getOutcomeUseful() {
        return outcomeUseful;
    }

    public boolean isSenderShowsName() {
        return senderShowsName;
    }

    public boolean isReceiverShowsName() {
        return receiverShowsName;
    }
}
