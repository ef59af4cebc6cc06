package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.data.Dataset;
import java.util.List;
import java.util.Set;

/**
 * Ranks items for a body. Implementations learn from a training {@link Dataset} and must answer for bodies
 * with no interaction too (from their profile, or from plain popularity).
 */
public interface Recommender {

    /** A short stable name, as used in evaluation reports. */
    String name();

    void fit(Dataset train);

    /** The best {@code k} items for the body, best first, leaving out {@code exclude}. */
    List<ScoredItem> recommend(String bodyId, Set<String> exclude, int k);
}
