package cat.digicanvis.portal.application.catalogue;

import java.io.Serializable;

/** How many results a facet value would give, and whether the current request selects it. */
public record FacetCount(String value, long count, boolean selected) implements Serializable {
}
