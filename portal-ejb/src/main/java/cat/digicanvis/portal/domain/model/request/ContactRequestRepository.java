package cat.digicanvis.portal.domain.model.request;

import java.util.List;
import java.util.Optional;

public interface ContactRequestRepository {

    Optional<ContactRequest> find(long id);

    /** Requests sent by a person, newest first. */
    List<ContactRequest> byRequester(long accountId, int max);

    /** Requests that reached any of these bodies (forwarded and after), latest forwarded first. */
    List<ContactRequest> forwardedTo(java.util.Collection<Long> bodyIds, int max);

    /** Requests in a state: pending ones oldest first (a queue), the others newest first. */
    /** Requests sent in the name of any of these bodies (every state), newest first. */
    List<ContactRequest> fromBodies(java.util.Collection<Long> bodyIds, int max);

    /** Requests in a state, a page at a time: pending ones oldest first, decided ones latest decided first. */
    List<ContactRequest> byStatus(RequestStatus status, int first, int max);

    /** Requests that reached the other body (forwarded and after), latest forwarded first, a page at a time. */
    List<ContactRequest> inConversation(int first, int max);

    long countInConversation();

    /** How many requests are in that state. */
    long countByStatus(RequestStatus status);

    long countPending(long accountId);

    /** Whether the same body already has a pending request of this kind to that body about that sheet. */
    boolean pendingExists(long fromBodyId, long toBodyId, Long sheetId, RequestKind kind);

    /** Whether a pending or forwarded request of this person and body, of this kind, is about that sheet. */
    boolean liveAbout(long fromBodyId, long accountId, long sheetId, RequestKind kind);

    void store(ContactRequest request);

    void remove(ContactRequest request);

    /** The conversation of a request, oldest first. */
    List<RequestMessage> messages(long requestId);

    void store(RequestMessage message);

    /** A person's lines in conversations, for their data download. */
    List<RequestMessage> messagesBy(long accountId);

    /** A deleted account's lines stay, signed by a former member. */
    void forgetAuthor(long accountId);

    /** Forwarded requests nobody answered, forwarded before that moment and never reminded. */
    List<ContactRequest> unanswered(java.time.LocalDateTime forwardedBefore);

    /** Accepted visits whose day lies between these two days (inclusive). */
    List<ContactRequest> visitsBetween(java.time.LocalDate from, java.time.LocalDate to);

    /** Held requests about a sheet, for its page ("visited by", "collaborations started"). */
    List<ContactRequest> heldAbout(long sheetId);

    /** How many requests of each kind are in each state: {kind ordinal, status ordinal, count}. */
    List<long[]> countsByKindAndStatus();

    /** Every request that was answered: {forwarded at, first answer at} as epoch seconds. */
    List<long[]> answerTimes();

    /** Closed requests per month of closing since a day: {year, month, status ordinal, count}. */
    List<long[]> closedByMonth(java.time.LocalDateTime since);

    /** Requests sent per month since a day, as {year, month, kind ordinal, count}, for the statistics page. */
    List<long[]> sentByMonth(java.time.LocalDateTime since);
}
