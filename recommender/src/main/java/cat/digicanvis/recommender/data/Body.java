package cat.digicanvis.recommender.data;

/** A body (a council, say) with its profile features. */
public record Body(String id, Features features) {
}
