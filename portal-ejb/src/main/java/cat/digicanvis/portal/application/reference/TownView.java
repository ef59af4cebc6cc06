package cat.digicanvis.portal.application.reference;

import java.io.Serializable;

/** A GeoNames town offered when creating a foreign local body. */
public record TownView(int geonameId, String name, String countryCode, String admin1Code, int population,
                       double latitude, double longitude) implements Serializable {
}
