package cat.digicanvis.portal.application.reference;

import java.io.Serializable;

/** A named place of the reference data: a province, a comarca or a municipality. */
public record PlaceView(String code, String name, int population, String comarcaCode, String provinceCode)
        implements Serializable {
}
