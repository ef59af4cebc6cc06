package cat.digicanvis.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Failed sign-ins counted per key: an email (whether or not an account has it, so a lock says nothing about
 * who is registered) or a client address. Failures older than the window are forgotten. From the
 * {@value #DELAY_FROM}rd failure on, the next attempt must wait (2, 4, 8 … seconds, at most
 * {@value #DELAY_MAX_SECONDS}); at the limit the key is locked for {@link #LOCK}.
 */
@Entity
@Table(name = "login_throttle")
@NamedQuery(name = LoginThrottle.PURGE, query = "DELETE FROM LoginThrottle t WHERE t.lastFailureAt < :before "
        + "AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
public class LoginThrottle {

    public static final String PURGE = "LoginThrottle.purge";

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int DELAY_FROM = 3;
    public static final int DELAY_MAX_SECONDS = 30;
    /** Failures that lock one email. */
    public static final int EMAIL_LIMIT = 5;
    /** Failures that lock one client address (many emails tried from one place). */
    public static final int ADDRESS_LIMIT = 20;

    @Id
    @Column(name = "throttle_key")
    private String key;
    private int failures;
    @Column(name = "first_failure_at", nullable = false)
    private LocalDateTime firstFailureAt;
    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, LocalDateTime now) {
        this.key = key;
        this.firstFailureAt = now;
        this.lastFailureAt = now;
    }

    public static String forEmail(String email) {
        return ActionCounter.key("email:", Account.normaliseEmail(email == null ? "" : email));
    }

    public static String forAddress(String address) {
        return ActionCounter.key("addr:", address);
    }

    /** Failures of one client address before its attempts must wait (several people may share it). */
    public static final int ADDRESS_DELAY_FROM = 10;

    public Verdict check(LocalDateTime now) {
        return check(now, DELAY_FROM);
    }

    /** What the next attempt must do: go ahead, wait some seconds, or wait for the lock to end. */
    public Verdict check(LocalDateTime now, int delayFrom) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return new Verdict(Verdict.Kind.LOCKED, Duration.between(now, lockedUntil));
        }
        if (expired(now)) {
            return Verdict.ALLOWED;
        }
        if (failures >= delayFrom) {
            LocalDateTime next = lastFailureAt.plusSeconds(delaySeconds(failures - delayFrom + DELAY_FROM));
            if (now.isBefore(next)) {
                return new Verdict(Verdict.Kind.WAIT, Duration.between(now, next));
            }
        }
        return Verdict.ALLOWED;
    }

    static long delaySeconds(int failures) {
        return Math.min(DELAY_MAX_SECONDS, 1L << Math.min(10, failures - DELAY_FROM + 1));
    }

    private boolean expired(LocalDateTime now) {
        return lastFailureAt.plus(WINDOW).isBefore(now) && (lockedUntil == null || !now.isBefore(lockedUntil));
    }

    /** Counts one failure; returns true when it locked the key. */
    public boolean fail(LocalDateTime now, int limit) {
        if (expired(now)) {
            failures = 0;
            firstFailureAt = now;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= limit) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            return true;
        }
        return false;
    }

    /** A successful sign-in forgets the failures of its email (not those of the address). */
    public void reset() {
        failures = 0;
        lockedUntil = null;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    /** The answer for one key; {@code remaining} is how long to wait. */
    public record Verdict(Kind kind, Duration remaining) {
        public static final Verdict ALLOWED = new Verdict(Kind.ALLOWED, Duration.ZERO);

        public enum Kind { ALLOWED, WAIT, LOCKED }

        /** The stricter of two verdicts. */
        public Verdict max(Verdict other) {
            if (kind != other.kind) {
                return kind.ordinal() > other.kind.ordinal() ? this : other;
            }
            return remaining.compareTo(other.remaining) >= 0 ? this : other;
        }
    }
}
