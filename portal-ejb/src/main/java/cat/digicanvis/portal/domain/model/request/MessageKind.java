package cat.digicanvis.portal.domain.model.request;

/** What a line of a request's conversation records: a message, or a step of the request with its note. */
public enum MessageKind {
    MESSAGE,
    INFO_REQUESTED,
    ACCEPTED,
    DATE_PROPOSED,
    DATE_CONFIRMED,
    DECLINED,
    CANCELLED,
    HELD,
    NOT_HELD
}
