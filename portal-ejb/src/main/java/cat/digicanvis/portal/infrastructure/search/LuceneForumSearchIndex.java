package cat.digicanvis.portal.infrastructure.search;

import cat.digicanvis.portal.application.forum.ForumSearchIndex;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The forum's topics in an in-memory Lucene index, like the catalogue's sheets (rebuilt from the database at start). */
@ApplicationScoped
public class LuceneForumSearchIndex implements ForumSearchIndex {

    private final LuceneTextIndex index = new LuceneTextIndex();
    private volatile boolean built;

    @Override
    public void put(long topicId, String title, String text) {
        index.put(topicId, title, text);
        // while the index is being filled, one refresh at the end
        if (built) {
            index.refresh();
        }
    }

    @Override
    public void remove(long topicId) {
        index.remove(topicId);
        index.refresh();
    }

    @Override
    public boolean isBuilt() {
        return built;
    }

    @Override
    public void built() {
        index.refresh();
        built = true;
    }

    @Override
    public Map<Long, Float> search(String text) {
        return index.search(text);
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
