package cat.digicanvis.recommender;

/** An item with the score a recommender gave it. */
public record ScoredItem(String item, double score) {
}
