package cat.digicanvis.portal.domain.model.request;

/**
 * The two parties of a request, the body that asks and the body that is asked, and the observatory's
 * administrators, who write in a conversation without belonging to either.
 */
public enum Side {
    SENDER,
    RECEIVER,
    OBSERVATORY;

    /** The party that answers this one's proposal. */
    public Side other() {
        return this == SENDER ? RECEIVER : SENDER;
    }
}
