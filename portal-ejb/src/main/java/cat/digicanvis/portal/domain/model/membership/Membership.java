package cat.digicanvis.portal.domain.model.membership;

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
import java.time.LocalDateTime;

/**
 * A person's place in a local body: asked for by the user with their position, decided by an administrator.
 * Only an approved membership lets its holder write the body's sheets and see contact details. A rejected
 * request may be asked again; a pending or approved one may not be duplicated.
 */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.FIND_BY_ACCOUNT,
        query = "SELECT m FROM Membership m WHERE m.account.id = :accountId ORDER BY m.requestedAt DESC")
@NamedQuery(name = Membership.FIND_BY_ACCOUNT_AND_BODY,
        query = "SELECT m FROM Membership m WHERE m.account.id = :accountId AND m.body.id = :bodyId")
@NamedQuery(name = Membership.APPROVED_BODY_IDS, query = "SELECT m.body.id FROM Membership m "
        + "WHERE m.account.id = :accountId AND m.status = "
        + "cat.digicanvis.portal.domain.model.membership.MembershipStatus.APPROVED")
@NamedQuery(name = Membership.FIND_BY_STATUS,
        query = "SELECT m FROM Membership m WHERE m.status = :status ORDER BY m.requestedAt")
@NamedQuery(name = Membership.FIND_APPROVED_BY_BODY, query = "SELECT m FROM Membership m WHERE m.body.id = :bodyId "
        + "AND m.status = cat.digicanvis.portal.domain.model.membership.MembershipStatus.APPROVED")
public class Membership {

    public static final String FIND_BY_ACCOUNT = "Membership.findByAccount";
    public static final String FIND_BY_ACCOUNT_AND_BODY = "Membership.findByAccountAndBody";
    public static final String APPROVED_BODY_IDS = "Membership.approvedBodyIds";
    public static final String FIND_BY_STATUS = "Membership.findByStatus";
    public static final String FIND_APPROVED_BY_BODY = "Membership.findApprovedByBody";
    public static final int POSITION_MAX = 120;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private LocalBody body;
    @Column(nullable = false)
    private String position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status;
    private String reason;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected Membership() {
    }

    public Membership(Account account, LocalBody body, String position, LocalDateTime now) {
        this.account = account;
        this.body = body;
        ask(position, now);
    }

    private static String checkPosition(String position) {
        String p = position == null ? "" : position.strip();
        if (p.isEmpty()) {
            throw new RuleViolationException(Violation.of("memberPosition", "validation.required"));
        }
        if (p.length() > POSITION_MAX) {
            throw new RuleViolationException(Violation.of("memberPosition", "validation.tooLong", POSITION_MAX));
        }
        return p;
    }

    /** Asks again after a rejection; refused while a request is pending or approved. */
    public void ask(String newPosition, LocalDateTime now) {
        if (status == MembershipStatus.REQUESTED || status == MembershipStatus.APPROVED) {
            throw new RuleViolationException(Violation.of("body", "validation.membership.exists"));
        }
        this.position = checkPosition(newPosition);
        this.status = MembershipStatus.REQUESTED;
        this.reason = null;
        this.decidedBy = null;
        this.decidedAt = null;
        this.requestedAt = now;
    }

    public void approve(long administratorId, String note, LocalDateTime now) {
        decide(MembershipStatus.APPROVED, administratorId, note, now);
    }

    /** A rejection needs a reason: the user is told why. */
    public void reject(long administratorId, String why, LocalDateTime now) {
        if (why == null || why.isBlank()) {
            throw new RuleViolationException(Violation.of("reason", "validation.required"));
        }
        decide(MembershipStatus.REJECTED, administratorId, why, now);
    }

    private void decide(MembershipStatus to, long administratorId, String note, LocalDateTime now) {
        if (status != MembershipStatus.REQUESTED && !(status == MembershipStatus.APPROVED
                && to == MembershipStatus.REJECTED)) {
            throw new RuleViolationException(Violation.of(null, "validation.membership.decided"));
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > REASON_MAX) {
            throw new RuleViolationException(Violation.of("reason", "validation.tooLong", REASON_MAX));
        }
        status = to;
        reason = n;
        decidedBy = administratorId;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Account getAccount() {
        return account;
    }

    public LocalBody getBody() {
        return body;
    }

    public String getPosition() {
        return position;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
