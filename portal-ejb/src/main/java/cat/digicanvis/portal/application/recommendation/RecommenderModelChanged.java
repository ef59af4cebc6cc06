package cat.digicanvis.portal.application.recommendation;

/** A newly trained model is in use: what the pages show from it ("projects like this") may have changed. */
public record RecommenderModelChanged(String by) {
}
