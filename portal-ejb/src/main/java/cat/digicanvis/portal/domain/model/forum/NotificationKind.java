package cat.digicanvis.portal.domain.model.forum;

/** What the forum tells a person about. */
public enum NotificationKind {
    /** Someone mentioned the person (@handle). */
    MENTION,
    /** Someone replied in a topic the person started. */
    REPLY,
    /** Someone quoted the person's post. */
    QUOTE,
    /** A new post in a topic the person watches. */
    WATCHED,
    /** A new topic in a category the person watches. */
    NEW_TOPIC,
    /** A moderator approved the person's waiting post. */
    APPROVED,
    /** A moderator hid the person's post. */
    HIDDEN,
    /** The person's reply was marked as the answer. */
    ACCEPTED,
    /** A message or a step in a request's conversation the person takes part in (mailed by the conversation). */
    REQUEST;

    /** Addressed to the person (mail at once by default), rather than about what they follow. */
    public boolean isDirect() {
        return this == MENTION || this == REPLY || this == QUOTE || this == REQUEST;
    }
}
