package cat.digicanvis.portal.domain.model.project;

import java.time.LocalDateTime;

/** One item of the editors' queue: a submitted sheet, or a pending change to a published one ({@code changes}). */
public record QueueEntry(long sheetId, String title, String bodyName, LocalDateTime waitingSince, LocalDateTime updatedAt,
                         boolean changes) {

    /** What the queue can be ordered by. */
    public enum Order { WAITING, TITLE, BODY }
}
