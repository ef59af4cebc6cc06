package cat.digicanvis.portal.domain.shared;

import jakarta.ejb.ApplicationException;

/** The caller may not do this. Rolls back, so a refused action changes nothing. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String action) {
        super("not allowed: " + action);
    }
}
