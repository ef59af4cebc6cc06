package cat.digicanvis.portal.application.forum;

/** Where a post's permanent link lands: its topic and the page that shows it. */
public record PostLocation(long topicId, long postId, int page) {
}
