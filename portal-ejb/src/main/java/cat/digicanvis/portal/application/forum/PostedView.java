package cat.digicanvis.portal.application.forum;

import java.io.Serializable;

/** What a new post became: where it is (topic, number, page) and whether it waits for a moderator. */
public record PostedView(long topicId, long postId, int number, int page, boolean pending) implements Serializable {
}
