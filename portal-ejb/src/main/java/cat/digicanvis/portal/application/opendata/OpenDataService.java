package cat.digicanvis.portal.application.opendata;

import cat.digicanvis.portal.application.catalogue.CatalogueItemView;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;

/**
 * The catalogue as open data: the sheets a catalogue request selects, in its order, read in batches so that a
 * download of the whole catalogue streams with flat memory whatever its size.
 */
@ApplicationScoped
public class OpenDataService {

    /** Sheets read from the database at a time. */
    static final int BATCH = 500;

    @Inject
    CatalogueService catalogue;
    @Inject
    SheetRecords records;

    /** Hands each selected sheet's record to the sink, in the catalogue's order. */
    public void sheets(CatalogueQuery query, Consumer<SheetRecord> sink) {
        List<Long> ids = catalogue.matchingIds(query);
        for (int from = 0; from < ids.size(); from += BATCH) {
            records.published(ids.subList(from, Math.min(ids.size(), from + BATCH))).forEach(sink);
        }
    }

    /** The catalogue's state: changes whenever a sheet is published, changed or withdrawn (for ETags). */
    public long version() {
        return catalogue.version();
    }

    /** When the catalogue last changed (for Last-Modified). */
    public java.time.Instant changedAt() {
        return catalogue.changedAt();
    }

    /** The newest published or reviewed sheets a request selects, for the feed. */
    public List<CatalogueItemView> newest(CatalogueQuery query, int max) {
        return catalogue.newest(query, max);
    }
}
