package cat.digicanvis.portal.application.forum;

/**
 * Event: something readers of the forum see changed (a post shown, hidden or edited, a topic moved...);
 * observers act once the transaction has committed. {@code sheetId} is set for a sheet's discussion,
 * {@code editedPostId} when a post's text changed.
 */
public record ForumChanged(long topicId, Long sheetId, Long editedPostId) {

    public ForumChanged(long topicId, Long sheetId) {
        this(topicId, sheetId, null);
    }
}
