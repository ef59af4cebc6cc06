package cat.digicanvis.portal.application.body;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.sheet.SheetView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A local body's page: its data and its published sheets. */
public record BodyView(BodySummaryView body, BigDecimal areaKm2, String comarcaName, String provinceName,
                       List<SheetView.SheetLink> sheets) implements Serializable {
}
