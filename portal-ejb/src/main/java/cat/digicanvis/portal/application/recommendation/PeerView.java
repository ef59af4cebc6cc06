package cat.digicanvis.portal.application.recommendation;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.sheet.SheetLinkView;
import java.io.Serializable;
import java.util.List;

/** A body worth calling, why, and its projects to start from (their pages list the contact people). */
public record PeerView(BodySummaryView body, List<ReasonView> reasons, List<SheetLinkView> projects)
        implements Serializable {
}
