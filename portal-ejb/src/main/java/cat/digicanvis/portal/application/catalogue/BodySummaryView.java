package cat.digicanvis.portal.application.catalogue;

import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import java.io.Serializable;

/** What lists and cards show of a local body. */
public record BodySummaryView(long id, String name, BodyType type, String officialCode, int population,
                              double latitude, double longitude, String comarcaCode, String provinceCode,
                              String countryCode, String region) implements Serializable {

    public boolean km0() {
        return type.isCatalan();
    }

    public PopulationBand band() {
        return PopulationBand.of(population);
    }
}
