package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.model.request.RequestStatus;
import cat.digicanvis.portal.domain.model.request.Side;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A contact, visit or collaboration request as its requester, its recipients and administrators see it. The
 * requester's name and address are null once their account is deleted ("former member").
 */
public record ContactRequestView(long id, int version, RequestKind kind, RequestStatus status, BodySummaryView from,
        BodySummaryView to, Long sheetId, String sheetTitle, String requesterName, String requesterEmail,
        String requesterPosition, String message, LocalDate visitFrom, LocalDate visitTo, Integer visitors,
        LocalDateTime createdAt, LocalDateTime decidedAt, String decisionNote, int recipients,
        LocalDate agreedDate, LocalDate proposedDate, Side proposedBy, LocalDateTime closedAt, String outcomeNote,
        Boolean outcomeUseful) implements Serializable {

    public boolean pending() {
        return status == RequestStatus.PENDING;
    }

    public boolean visit() {
        return kind == RequestKind.VISIT;
    }

    /** Whether the other body has it: its conversation exists. */
    public boolean inConversation() {
        return status.reachedOtherBody();
    }
}
