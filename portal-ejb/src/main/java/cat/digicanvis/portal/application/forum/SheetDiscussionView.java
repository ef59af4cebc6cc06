package cat.digicanvis.portal.application.forum;

import java.io.Serializable;
import java.util.List;

/**
 * The discussion shown on a sheet's page: the topic (null until its first post), how many posts it has,
 * the latest three, and whether the reader may join it.
 */
public record SheetDiscussionView(Long topicId, int posts, List<PostView> latest, boolean mayJoin)
        implements Serializable {
}
