package cat.digicanvis.portal.application.body;

import java.io.Serializable;
import java.math.BigDecimal;

/** A body's data as an administrator corrects it, with the version it was read at. */
public record BodyEdit(long id, int version, String name, Integer population, BigDecimal areaKm2, Double latitude,
        Double longitude) implements Serializable {
}
