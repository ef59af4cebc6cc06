package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.domain.model.project.SheetStatus;
import java.io.Serializable;

/** The outcome of a save: the sheet's id, its new version (to keep editing) and status. */
public record SheetSaved(long id, int version, SheetStatus status, boolean awaitsReview) implements Serializable {

    public SheetSaved(long id, int version, SheetStatus status) {
        this(id, version, status, false);
    }
}
