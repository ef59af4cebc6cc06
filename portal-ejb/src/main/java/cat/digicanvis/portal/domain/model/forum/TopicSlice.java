package cat.digicanvis.portal.domain.model.forum;

import java.util.List;

/** One page of topics and how many there are in all. */
public record TopicSlice(List<Topic> topics, long total) {
}
