package cat.digicanvis.recommender.hybrid;

import java.util.List;

/** A project like another one: its id, how alike (0–1), and why (strongest reason first, at most three). */
public record Similar(String item, double score, List<Reason> reasons) {

    public Similar {
        reasons = List.copyOf(reasons);
    }
}
