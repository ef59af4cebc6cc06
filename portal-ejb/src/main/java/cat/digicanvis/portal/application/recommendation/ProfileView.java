package cat.digicanvis.portal.application.recommendation;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A body's profile as the form shows it: official data (read only) and what members said (needs per
 * area 0–3, maturity). {@code version} is -1 while nothing has been saved.
 */
public record ProfileView(BodySummaryView body, BigDecimal areaKm2, String comarcaName, Map<Area, Integer> needs,
                          Phase maturity, int version) implements Serializable {
}
