package cat.digicanvis.portal.application.catalogue;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of results, with the total and, per facet, the counts each value would give with the other
 * filters kept (so a reader sees the alternatives, not only the current selection).
 */
public record CataloguePage(long total, int page, int size, List<CatalogueItemView> items,
                            Map<String, List<FacetCount>> facets, String nearName) implements Serializable {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
