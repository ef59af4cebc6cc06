package cat.digicanvis.portal.domain.model.forum;

/** Why a post is flagged for the moderators (Discourse's reasons); "other" needs a note. */
public enum FlagReason {
    SPAM,
    INAPPROPRIATE,
    OFF_TOPIC,
    OTHER
}
