package cat.digicanvis.recommender.hybrid;

import java.util.List;

/** A proposed project: its id, its score, whether its lead body is Km0, and its top reasons. */
public record Recommendation(String item, double score, boolean km0, List<Reason> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
