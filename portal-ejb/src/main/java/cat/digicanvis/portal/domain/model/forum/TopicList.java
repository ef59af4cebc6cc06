package cat.digicanvis.portal.domain.model.forum;

/** The lists of topics: latest activity, unanswered (no reply yet), the person's own, and their bookmarks. */
public enum TopicList {
    LATEST,
    UNANSWERED,
    MINE,
    BOOKMARKS
}
