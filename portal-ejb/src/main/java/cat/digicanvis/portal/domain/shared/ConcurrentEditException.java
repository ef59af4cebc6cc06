package cat.digicanvis.portal.domain.shared;

import jakarta.ejb.ApplicationException;

/** Somebody else saved the same thing since the caller read it; the caller's change was not stored. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
