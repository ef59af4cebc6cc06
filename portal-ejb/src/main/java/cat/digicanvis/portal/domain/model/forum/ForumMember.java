package cat.digicanvis.portal.domain.model.forum;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A person's standing in the forum. Its row is also what the service locks while it counts that person's
 * recent posts, likes and flags against the limits, so that parallel requests are counted one at a time on
 * every node (the limits live in the database, not in one server's memory).
 */
@Entity
@Table(name = "forum_member")
public class ForumMember {

    public static final Set<Integer> SILENCE_DAYS = Set.of(1, 7, 30);
    public static final int REASON_MAX = 500;

    @Id
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "silenced_until")
    private LocalDateTime silencedUntil;
    @Column(name = "silence_reason")
    private String silenceReason;

    protected ForumMember() {
    }

    public ForumMember(long accountId) {
        this.accountId = accountId;
    }

    /** A moderator silences the person for 1, 7 or 30 days, with a reason they are told. */
    public void silence(int days, String reason, LocalDateTime now) {
        String r = reason == null ? "" : reason.strip();
        if (!SILENCE_DAYS.contains(days)) {
            throw new RuleViolationException(Violation.of("silenceDays", "validation.forum.silenceDays"));
        }
        if (r.isEmpty() || r.length() > REASON_MAX) {
            throw new RuleViolationException(Violation.of("silenceReason", "validation.length", 1, REASON_MAX));
        }
        silencedUntil = now.plusDays(days);
        silenceReason = r;
    }

    public void unsilence() {
        silencedUntil = null;
        silenceReason = null;
    }

    public boolean isSilenced(LocalDateTime now) {
        return silencedUntil != null && silencedUntil.isAfter(now);
    }

    public Long getAccountId() {
        return accountId;
    }

    public LocalDateTime getSilencedUntil() {
        return silencedUntil;
    }

    public String getSilenceReason() {
        return silenceReason;
    }
}
