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

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
