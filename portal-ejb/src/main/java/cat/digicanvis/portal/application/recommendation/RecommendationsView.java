package cat.digicanvis.portal.application.recommendation;

import java.io.Serializable;
import java.util.List;

/**
 * Recommendations for one body: Km0 and foreign projects, peers, whether a trained model answered (or
 * profile similarity alone), and whether the body's profile has needs yet.
 */
public record RecommendationsView(long bodyId, String bodyName, List<RecommendedSheetView> km0,
                                  List<RecommendedSheetView> foreign, List<PeerView> peers, boolean learned,
                                  boolean profileFilled) implements Serializable {
}
