package cat.digicanvis.portal.domain.model.request;

import java.util.List;
import java.util.Optional;

public interface ContactRequestRepository {

    Optional<ContactRequest> find(long id);

    /** Requests sent by a person, newest first. */
    List<ContactRequest> byRequester(long accountId, int max);

    /** Forwarded requests addressed to any of these bodies, newest first. */
    List<ContactRequest> forwardedTo(java.util.Collection<Long> bodyIds, int max);

    /** Requests in a state: pending ones oldest first (a queue), the others newest first. */
    /** Requests in a state, a page at a time: pending ones oldest first, decided ones latest decided first. */
    List<ContactRequest> byStatus(RequestStatus status, int first, int max);

    /** How many requests are in that state. */
    long countByStatus(RequestStatus status);

    long countPending(long accountId);

    /** Whether the same body already has a pending request of this kind to that body about that sheet. */
    boolean pendingExists(long fromBodyId, long toBodyId, Long sheetId, RequestKind kind);

    /** Whether a pending or forwarded request of this person and body, of this kind, is about that sheet. */
    boolean liveAbout(long fromBodyId, long accountId, long sheetId, RequestKind kind);

    void store(ContactRequest request);

    void remove(ContactRequest request);

    /** Requests sent per month since a day, as {year, month, kind ordinal, count}, for the statistics page. */
    List<long[]> sentByMonth(java.time.LocalDateTime since);
}
