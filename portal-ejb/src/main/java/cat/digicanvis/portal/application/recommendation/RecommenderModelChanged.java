package cat.digicanvis.portal.application.recommendation;

/**
 * A newly trained model is in use: what the pages show from it ("projects like this") may have changed.
 * {@code recordId} is the saved model's, which other nodes load; {@code trainedHere} is false when this node loaded
 * a model another node trained (and so has nobody to tell).
 */
public record RecommenderModelChanged(String by, long recordId, boolean trainedHere) {
}
