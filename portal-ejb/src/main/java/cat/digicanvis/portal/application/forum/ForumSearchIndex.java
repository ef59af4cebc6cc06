package cat.digicanvis.portal.application.forum;

import java.util.Map;

/**
 * Full-text search over the forum (topic titles and visible posts, each its own entry, so that a new post in a
 * 5,000-post topic costs one post), with the catalogue's analyzers (Catalan, Spanish and English stemming,
 * accents ignored). The application owns this contract; the infrastructure keeps the index.
 */
public interface ForumSearchIndex {

    void putTopic(long topicId, String title);

    void putPost(long topicId, long postId, String body);

    void removePost(long postId);

    /** Removes a topic's title and all its posts. */
    void removeTopic(long topicId);

    /** Makes the changes so far visible to searches. */
    void refresh();

    /** Whether the index was filled since the start. */
    boolean isBuilt();

    /** Marks the index filled after a complete rebuild. */
    void built();

    /** Matching topics with their relevance (the best of their title and posts); too many words: a rule violation. */
    Map<Long, Float> search(String text);
}
