package cat.digicanvis.recommender.data;

/**
 * A body's interaction with an item: a grade (view 1, bookmark 2, "worked for us" 3, visit request 4,
 * collaboration request 5, or any number in another data set) at a time in epoch seconds.
 */
public record Interaction(String body, String item, double grade, long time) {
}
