package cat.digicanvis.portal.domain.model.forum;

/** How often a person wants forum mail of one kind: at once, in a daily or weekly digest, or never. */
public enum MailFrequency {
    IMMEDIATE,
    DAILY,
    WEEKLY,
    NEVER
}
