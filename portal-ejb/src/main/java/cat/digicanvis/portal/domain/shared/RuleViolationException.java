package cat.digicanvis.portal.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Thrown when input breaks a domain rule. It rolls the transaction back, so nothing is half-stored,
 * and carries translatable violations instead of a text.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.toString());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
