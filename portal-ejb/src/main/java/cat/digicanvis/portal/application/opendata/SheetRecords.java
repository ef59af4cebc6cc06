package cat.digicanvis.portal.application.opendata;

import java.util.List;

/** Reads published sheets' full records (implemented by infrastructure, with plain SQL for speed). */
public interface SheetRecords {

    /** The published sheets among these ids, in the order given; the others are left out. */
    List<SheetRecord> published(List<Long> ids);
}
