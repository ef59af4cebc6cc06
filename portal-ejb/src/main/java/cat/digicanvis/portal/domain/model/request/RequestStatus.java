package cat.digicanvis.portal.domain.model.request;

/**
 * Pending until an administrator forwards it to the people of the other body or rejects it (with a reason);
 * the requester may withdraw it while it is pending. Once forwarded, the receiving body accepts or declines it
 * (or the sender cancels it); an accepted request ends held (the visit took place, the collaboration started)
 * or not held, as the sender records.
 */
public enum RequestStatus {
    PENDING,
    FORWARDED,
    REJECTED,
    WITHDRAWN,
    ACCEPTED,
    DECLINED,
    CANCELLED,
    HELD,
    NOT_HELD;

    /** The states in which the other body has it and the two sides talk. */
    public boolean reachedOtherBody() {
        return this != PENDING && this != REJECTED && this != WITHDRAWN;
    }

    /** Nothing more happens to it: the conversation is read-only. */
    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN || this == DECLINED || this == CANCELLED || this == HELD
                || this == NOT_HELD;
    }
}
