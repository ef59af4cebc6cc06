package cat.digicanvis.portal.application.recommendation;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import java.io.Serializable;
import java.util.List;

/** A recommended published sheet with its reasons. */
public record RecommendedSheetView(long sheetId, String title, String summary, BodySummaryView lead,
                                   List<ReasonView> reasons) implements Serializable {
}
