package cat.digicanvis.portal.domain.model.forum;

/** What the forum tells a person about. */
public enum NotificationKind {
    /** Someone replied in a topic the person started. */
    REPLY,
    /** Someone quoted the person's post. */
    QUOTE,
    /** A new post in a topic the person watches. */
    WATCHED,
    /** A moderator approved the person's waiting post. */
    APPROVED,
    /** A moderator hid the person's post. */
    HIDDEN,
    /** The person's reply was marked as the answer. */
    ACCEPTED
}
