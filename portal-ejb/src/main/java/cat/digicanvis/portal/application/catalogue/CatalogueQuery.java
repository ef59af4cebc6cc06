package cat.digicanvis.portal.application.catalogue;

import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import java.io.Serializable;
import java.util.Set;

/**
 * A catalogue request: free text, facet filters (several values of one facet are alternatives, different
 * facets all apply), an optional reference municipality with a radius, the order and the page.
 */
public record CatalogueQuery(String text, Set<Area> areas, Set<Typology> typologies, Set<Phase> phases,
                             Scope scope, Set<PopulationBand> bands, Set<String> provinces, Set<String> comarques,
                             Set<String> countries, String nearIne, Double maxKm, SortOrder sort, int page,
                             int size) implements Serializable {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_TEXT = 200;

    public enum Scope { ALL, KM0, FOREIGN }

    public enum SortOrder { DEFAULT, RELEVANCE, DISTANCE, NEWEST, TITLE, POPULATION }

    public CatalogueQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        typologies = typologies == null ? Set.of() : Set.copyOf(typologies);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        scope = scope == null ? Scope.ALL : scope;
        bands = bands == null ? Set.of() : Set.copyOf(bands);
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
        comarques = comarques == null ? Set.of() : Set.copyOf(comarques);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        nearIne = nearIne == null || nearIne.isBlank() ? null : nearIne.strip();
        sort = sort == null ? SortOrder.DEFAULT : sort;
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("bad page or size");
        }
    }

    public static CatalogueQuery all(int size) {
        return new CatalogueQuery(null, null, null, null, null, null, null, null, null, null, null, null, 0, size);
    }
}
