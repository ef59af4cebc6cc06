package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.sheet.SheetView;
import java.io.Serializable;
import java.util.List;

/**
 * What the request form needs: the body asked, its published sheets, the bodies the person may write for
 * (their own, but not the one asked) and the sheet chosen from a link, if any.
 */
public record RequestFormView(BodySummaryView to, List<SheetView.SheetLink> sheets, List<BodySummaryView> from,
        Long sheetId) implements Serializable {
}
