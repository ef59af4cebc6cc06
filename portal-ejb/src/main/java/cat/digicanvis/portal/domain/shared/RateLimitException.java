package cat.digicanvis.portal.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule about pace was broken (too soon, too many today): the violations say which and how long to wait,
 * and the API answers 429 with that wait in Retry-After. Nothing was stored.
 */
@ApplicationException(rollback = true)
public class RateLimitException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimitException(List<Violation> violations, long retryAfterSeconds) {
        super(violations);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A refusal with these reasons, then how long to wait ("try again in 12 seconds", minutes, hours). */
    public static RateLimitException waiting(List<Violation> reasons, long seconds) {
        List<Violation> v = new java.util.ArrayList<>(reasons);
        v.add(waitMessage(seconds));
        return new RateLimitException(v, seconds);
    }

    /** "Try again in 12 seconds", or in minutes, or in hours. */
    public static Violation waitMessage(long seconds) {
        if (seconds < 120) {
            return Violation.of(null, "validation.forum.wait.seconds", seconds);
        }
        if (seconds < 2 * 3600) {
            return Violation.of(null, "validation.forum.wait.minutes", (seconds + 59) / 60);
        }
        return Violation.of(null, "validation.forum.wait.hours", (seconds + 3599) / 3600);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
