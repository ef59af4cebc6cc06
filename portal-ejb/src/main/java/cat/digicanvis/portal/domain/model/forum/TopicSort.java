package cat.digicanvis.portal.domain.model.forum;

/** How a list of topics is ordered; pinned topics lead whatever the order. */
public enum TopicSort {
    ACTIVITY,
    CREATED,
    REPLIES
}
