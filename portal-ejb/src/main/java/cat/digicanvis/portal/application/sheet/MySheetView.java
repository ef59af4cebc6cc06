package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.domain.model.project.SheetStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One of the sheets a person writes, with what editors said about it. */
public record MySheetView(long id, String title, String bodyName, SheetStatus status, LocalDateTime updatedAt,
        String reviewComment, String unpublishReason, boolean stale) implements Serializable {
}
