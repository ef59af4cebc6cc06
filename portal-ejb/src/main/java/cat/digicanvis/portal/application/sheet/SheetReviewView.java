package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.domain.model.project.SheetStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A sheet on its review page: its content, where it is in the workflow, what editors said, what the viewer
 * may do next, and its history.
 */
public record SheetReviewView(SheetView sheet, SheetStatus status, int version, String reviewComment,
        String unpublishReason, LocalDateTime submittedAt, boolean stale, boolean mayEdit, boolean maySubmit,
        boolean mayReturn, boolean mayPublish, boolean mayUnpublish, List<HistoryEntryView> history,
        RevisionView pendingRevision)
        implements Serializable {
}
