package cat.digicanvis.portal.application.recommendation;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import java.io.Serializable;
import java.util.List;

/** A published sheet like another one: how alike (0–1) and why. */
public record SimilarSheetView(long sheetId, String title, String summary, BodySummaryView lead, double score,
                               List<ReasonView> reasons) implements Serializable {
}
