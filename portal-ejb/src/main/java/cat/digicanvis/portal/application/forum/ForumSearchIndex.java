package cat.digicanvis.portal.application.forum;

import java.util.Map;

/**
 * Full-text search over the forum's topics (title and the text of their visible posts), with the catalogue's
 * analyzers (Catalan, Spanish and English stemming, accents ignored). The application owns this contract; the
 * infrastructure keeps the index.
 */
public interface ForumSearchIndex {

    /** Adds or replaces a topic's text. */
    void put(long topicId, String title, String text);

    void remove(long topicId);

    /** Whether the index was filled since the start. */
    boolean isBuilt();

    /** Marks the index filled after a complete rebuild. */
    void built();

    /** Matching topics with their relevance; refuses (a rule violation) a text with too many words. */
    Map<Long, Float> search(String text);
}
