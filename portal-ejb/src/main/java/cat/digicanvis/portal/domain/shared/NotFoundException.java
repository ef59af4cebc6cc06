package cat.digicanvis.portal.domain.shared;

import jakarta.ejb.ApplicationException;

/** A requested thing does not exist (or is not visible to the caller, which looks the same). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
