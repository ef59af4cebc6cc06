package cat.digicanvis.portal.application.sheet;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Changes to a published sheet that wait for an editor: who proposed them, what changes (field by field, marked
 * up), whether the sheet changed since (then they cannot be accepted as they are), and what the reader may do.
 */
public record RevisionView(long id, int version, String authorName, LocalDateTime createdAt, LocalDateTime updatedAt,
        boolean outdated, List<SheetDiff.FieldChange> changes, boolean mayDecide, boolean mayWithdraw)
        implements Serializable {
}
