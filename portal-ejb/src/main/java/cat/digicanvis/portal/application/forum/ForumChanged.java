package cat.digicanvis.portal.application.forum;

/**
 * Event: something readers of the forum see changed (a post shown, hidden or edited, a topic moved...);
 * observers act once the transaction has committed. {@code sheetId} is set for a sheet's discussion,
 * {@code postId} when a post was shown, hidden, withdrawn, deleted or edited.
 */
public record ForumChanged(long topicId, Long sheetId, Long postId) {

    public ForumChanged(long topicId, Long sheetId) {
        this(topicId, sheetId, null);
    }
}
