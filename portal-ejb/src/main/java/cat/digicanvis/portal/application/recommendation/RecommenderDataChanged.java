package cat.digicanvis.portal.application.recommendation;

/** A profile or an interaction changed; the recommender rebinds its data once the change is committed. */
public record RecommenderDataChanged(long bodyId) {
}
