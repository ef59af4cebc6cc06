package cat.digicanvis.portal.application.forum;

import java.io.Serializable;
import java.util.List;

/** A post in the moderators' queue: waiting for approval, or flagged (with the flags' reasons and notes). */
public record QueueItemView(PostView post, String topicTitle, boolean waiting, List<String> flagReasons)
        implements Serializable {
}
