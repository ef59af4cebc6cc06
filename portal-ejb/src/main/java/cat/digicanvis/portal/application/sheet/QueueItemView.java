package cat.digicanvis.portal.application.sheet;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A sheet waiting for review in the editor's queue. */
public record QueueItemView(long id, String title, String bodyName, LocalDateTime submittedAt,
        LocalDateTime updatedAt) implements Serializable {
}
