package cat.digicanvis.portal.domain.model.request;

/**
 * Pending until an administrator forwards it to the people of the other body or rejects it (with a reason);
 * the requester may withdraw it while it is pending.
 */
public enum RequestStatus {
    PENDING,
    FORWARDED,
    REJECTED,
    WITHDRAWN
}
