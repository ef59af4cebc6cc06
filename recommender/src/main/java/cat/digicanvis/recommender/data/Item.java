package cat.digicanvis.recommender.data;

import java.util.Set;

/** An item (a project) with its lead body (may be null), areas, text and other features. */
public record Item(String id, String owner, Set<String> areas, String text, Features features) {

    public Item {
        areas = Set.copyOf(areas);
    }
}
