package cat.digicanvis.portal.application.sheet;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A sheet waiting for review in the editor's queue. */
/** A sheet that waits for an editor: a new one submitted, or changes to a published one ({@code changes}). */
public record QueueItemView(long id, String title, String bodyName, LocalDateTime submittedAt,
        LocalDateTime updatedAt, boolean changes) implements Serializable {
}
