package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.domain.model.project.SheetStatus;
import java.io.Serializable;

/** The outcome of a save: the sheet's id, its new version (to keep editing) and status. */
/** A saved sheet; {@code revisionVersion} is the version of its pending changes when the save made or continued them. */
public record SheetSaved(long id, int version, SheetStatus status, Integer revisionVersion) implements Serializable {

    public SheetSaved(long id, int version, SheetStatus status) {
        this(id, version, status, null);
    }

    /** Whether the save made (or continued) changes that wait for an editor. */
    public boolean awaitsReview() {
        return revisionVersion != null;
    }
}
