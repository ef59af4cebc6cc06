package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.model.request.RequestMessage;
import cat.digicanvis.portal.domain.model.request.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaContactRequestRepository implements ContactRequestRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<ContactRequest> find(long id) {
        return Optional.ofNullable(em.find(ContactRequest.class, id));
    }

    @Override
    public List<ContactRequest> byRequester(long accountId, int max) {
        return em.createNamedQuery(ContactRequest.BY_REQUESTER, ContactRequest.class)
                .setParameter("account", accountId).setMaxResults(max).getResultList();
    }

    @Override
    public List<ContactRequest> forwardedTo(Collection<Long> bodyIds, int max) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ContactRequest.FORWARDED_TO, ContactRequest.class)
                .setParameter("bodies", bodyIds).setMaxResults(max).getResultList();
    }

    @Override
    public List<ContactRequest> byStatus(RequestStatus status, int first, int max) {
        TypedQuery<ContactRequest> q = status == RequestStatus.PENDING
                ? em.createNamedQuery(ContactRequest.PENDING_QUEUE, ContactRequest.class)
                : em.createNamedQuery(ContactRequest.BY_STATUS, ContactRequest.class).setParameter("status", status);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countByStatus(RequestStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM ContactRequest r WHERE r.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    @Override
    public long countPending(long accountId) {
        return em.createNamedQuery(ContactRequest.COUNT_PENDING, Long.class).setParameter("account", accountId)
                .getSingleResult();
    }

    @Override
    public boolean pendingExists(long fromBodyId, long toBodyId, Long sheetId, RequestKind kind) {
        // two shapes rather than "(:sheet IS NULL ...)", which databases answer unevenly for a null parameter
        String jpql = "SELECT COUNT(r) FROM ContactRequest r WHERE r.fromBody.id = :from AND r.toBody.id = :to"
                + " AND r.kind = :kind AND r.status = :status AND "
                + (sheetId == null ? "r.sheetId IS NULL" : "r.sheetId = :sheet");
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("from", fromBodyId)
                .setParameter("to", toBodyId).setParameter("kind", kind).setParameter("status", RequestStatus.PENDING);
        if (sheetId != null) {
            q.setParameter("sheet", sheetId);
        }
        return q.getSingleResult() > 0;
    }

    @Override
    public boolean liveAbout(long fromBodyId, long accountId, long sheetId, RequestKind kind) {
        return em.createNamedQuery(ContactRequest.LIVE_ABOUT, Long.class).setParameter("from", fromBodyId)
                .setParameter("account", accountId).setParameter("sheet", sheetId).setParameter("kind", kind)
                .getSingleResult() > 0;
    }

    @Override
    public void store(ContactRequest request) {
        if (request.getId() == null) {
            em.persist(request);
            em.flush();
        }
    }

    @Override
    public void remove(ContactRequest request) {
        em.remove(request);
    }

    @Override
    public List<long[]> sentByMonth(java.time.LocalDateTime since) {
        List<?> rows = em.createNativeQuery("SELECT YEAR(created_at), MONTH(created_at), kind, COUNT(*)"
                        + " FROM contact_request WHERE created_at >= ? GROUP BY YEAR(created_at), MONTH(created_at), kind")
                .setParameter(1, java.sql.Timestamp.valueOf(since)).getResultList();
        return rows.stream().map(r -> {
            Object[] o = (Object[]) r;
            return new long[] {((Number) o[0]).longValue(), ((Number) o[1]).longValue(),
                RequestKind.valueOf((String) o[2]).ordinal(), ((Number) o[3]).longValue()};
        }).toList();
    }

    @Override
    public List<ContactRequest> fromBodies(Collection<Long> bodyIds, int max) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM ContactRequest r WHERE r.fromBody.id IN :bodies"
                + " ORDER BY r.createdAt DESC, r.id DESC", ContactRequest.class)
                .setParameter("bodies", bodyIds).setMaxResults(max).getResultList();
    }

    @Override
    public List<RequestMessage> messages(long requestId) {
        return em.createNamedQuery(RequestMessage.OF_REQUEST, RequestMessage.class).setParameter("request", requestId)
                .getResultList();
    }

    @Override
    public void store(RequestMessage message) {
        em.persist(message);
    }

    @Override
    public List<RequestMessage> messagesBy(long accountId) {
        return em.createNamedQuery(RequestMessage.BY_AUTHOR, RequestMessage.class).setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public void forgetAuthor(long accountId) {
        em.createNamedQuery(RequestMessage.FORGET_AUTHOR).setParameter("account", accountId).executeUpdate();
    }

    @Override
    public List<ContactRequest> unanswered(java.time.LocalDateTime forwardedBefore) {
        return em.createQuery("SELECT r FROM ContactRequest r WHERE r.status = :status AND r.answeredAt IS NULL"
                + " AND r.answerRemindedAt IS NULL AND r.decidedAt <= :before ORDER BY r.id", ContactRequest.class)
                .setParameter("status", RequestStatus.FORWARDED).setParameter("before", forwardedBefore)
                .getResultList();
    }

    @Override
    public List<ContactRequest> visitsBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery("SELECT r FROM ContactRequest r WHERE r.status = :status AND r.agreedDate"
                + " BETWEEN :from AND :to ORDER BY r.agreedDate, r.id", ContactRequest.class)
                .setParameter("status", RequestStatus.ACCEPTED).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<ContactRequest> heldAbout(long sheetId) {
        return em.createQuery("SELECT r FROM ContactRequest r JOIN FETCH r.fromBody WHERE r.sheetId = :sheet"
                + " AND r.status = :status ORDER BY r.closedAt DESC", ContactRequest.class)
                .setParameter("sheet", sheetId).setParameter("status", RequestStatus.HELD).getResultList();
    }

    @Override
    public List<long[]> countsByKindAndStatus() {
        List<Object[]> rows = em.createQuery("SELECT r.kind, r.status, COUNT(r) FROM ContactRequest r"
                + " GROUP BY r.kind, r.status", Object[].class).getResultList();
        return rows.stream().map(o -> new long[] {((RequestKind) o[0]).ordinal(), ((RequestStatus) o[1]).ordinal(),
            ((Number) o[2]).longValue()}).toList();
    }

    @Override
    public List<long[]> answerTimes() {
        List<Object[]> rows = em.createQuery("SELECT r.decidedAt, r.answeredAt FROM ContactRequest r"
                + " WHERE r.answeredAt IS NOT NULL AND r.decidedAt IS NOT NULL", Object[].class).getResultList();
        return rows.stream().map(o -> new long[] {
            ((java.time.LocalDateTime) o[0]).toEpochSecond(java.time.ZoneOffset.UTC),
            ((java.time.LocalDateTime) o[1]).toEpochSecond(java.time.ZoneOffset.UTC)}).toList();
    }

    @Override
    public List<long[]> closedByMonth(java.time.LocalDateTime since) {
        List<?> rows = em.createNativeQuery("SELECT YEAR(closed_at), MONTH(closed_at), status, COUNT(*)"
                        + " FROM contact_request WHERE closed_at >= ? GROUP BY YEAR(closed_at), MONTH(closed_at), status")
                .setParameter(1, java.sql.Timestamp.valueOf(since)).getResultList();
        return rows.stream().map(r -> {
            Object[] o = (Object[]) r;
            return new long[] {((Number) o[0]).longValue(), ((Number) o[1]).longValue(),
                RequestStatus.valueOf((String) o[2]).ordinal(), ((Number) o[3]).longValue()};
        }).toList();
    }

    private static final java.util.Set<RequestStatus> IN_CONVERSATION = java.util.EnumSet.complementOf(
            java.util.EnumSet.of(RequestStatus.PENDING, RequestStatus.REJECTED, RequestStatus.WITHDRAWN));

    @Override
    public List<ContactRequest> inConversation(int first, int max) {
        return em.createQuery("SELECT r FROM ContactRequest r WHERE r.status IN :statuses"
                + " ORDER BY r.decidedAt DESC, r.id DESC", ContactRequest.class).setParameter("statuses", IN_CONVERSATION)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countInConversation() {
        return em.createQuery("SELECT COUNT(r) FROM ContactRequest r WHERE r.status IN :statuses", Long.class)
                .setParameter("statuses", IN_CONVERSATION).getSingleResult();
    }
}
