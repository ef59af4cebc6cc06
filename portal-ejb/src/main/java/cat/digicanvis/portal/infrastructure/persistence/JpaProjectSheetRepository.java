package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.project.QueueEntry;
import cat.digicanvis.portal.domain.model.project.SheetRevision;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectSheetRepository implements ProjectSheetRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<ProjectSheet> find(long id) {
        return Optional.ofNullable(em.find(ProjectSheet.class, id));
    }

    @Override
    public Optional<ProjectSheet> findByExternalId(String externalId) {
        return em.createQuery("SELECT s FROM ProjectSheet s WHERE s.externalId = :e", ProjectSheet.class)
                .setParameter("e", externalId).getResultStream().findFirst();
    }

    @Override
    public ProjectSheet findForUpdate(long id, int expectedVersion) {
        ProjectSheet sheet = find(id).orElseThrow(() -> new NotFoundException("sheet", id));
        if (sheet.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("sheet", id);
        }
        return sheet;
    }

    @Override
    public List<ProjectSheet> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ProjectSheet.FIND_BY_IDS, ProjectSheet.class).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Long> publishedIds() {
        return em.createNamedQuery(ProjectSheet.FIND_PUBLISHED_IDS, Long.class).getResultList();
    }

    @Override
    public List<ProjectSheet> publishedByLeadBody(long bodyId) {
        return em.createNamedQuery(ProjectSheet.FIND_BY_LEAD_BODY, ProjectSheet.class)
                .setParameter("bodyId", bodyId).setParameter("status", SheetStatus.PUBLISHED).getResultList();
    }

    @Override
    public long countByOrigin(ContentOrigin origin) {
        return em.createNamedQuery(ProjectSheet.COUNT_BY_ORIGIN, Long.class).setParameter("origin", origin)
                .getSingleResult();
    }

    @Override
    public List<ProjectSheet> byAuthorOrBodies(long authorId, Collection<Long> bodyIds) {
        // an IN list may not be empty: -1 is no body's id
        return em.createNamedQuery(ProjectSheet.FIND_BY_AUTHOR_OR_BODIES, ProjectSheet.class)
                .setParameter("authorId", authorId)
                .setParameter("bodyIds", bodyIds.isEmpty() ? List.of(-1L) : bodyIds).getResultList();
    }

    @Override
    public List<ProjectSheet> reviewedBefore(java.time.LocalDateTime before) {
        return em.createNamedQuery(ProjectSheet.FIND_STALE, ProjectSheet.class).setParameter("before", before)
                .getResultList();
    }

    @Override
    public List<ProjectSheet> listingContact(String email) {
        return em.createQuery("SELECT DISTINCT s FROM ProjectSheet s JOIN s.contacts c WHERE LOWER(c.email) = :email",
                ProjectSheet.class).setParameter("email", email.toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    @Override
    public List<ProjectSheet> byAuthor(long authorId) {
        return em.createQuery("SELECT s FROM ProjectSheet s WHERE s.authorId = :id", ProjectSheet.class)
                .setParameter("id", authorId).getResultList();
    }

    @Override
    public List<ProjectSheet> referencingFile(long fileId) {
        return em.createQuery("SELECT DISTINCT s FROM ProjectSheet s JOIN s.materials m WHERE m.fileId = :id",
                ProjectSheet.class).setParameter("id", fileId).getResultList();
    }

    @Override
    public void store(ProjectSheet sheet) {
        if (sheet.getId() == null) {
            em.persist(sheet);
        }
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("sheet", e.getEntity());
        }
    }

    @Override
    public Optional<SheetRevision> pendingRevision(long sheetId) {
        return em.createNamedQuery(SheetRevision.PENDING_OF, SheetRevision.class).setParameter("sheet", sheetId)
                .getResultStream().findFirst();
    }

    /** Both kinds in one list, so that a page of it is one query whatever the mix. */
    private static final String QUEUE = "FROM (SELECT s.id, s.title, b.name, s.submitted_at AS waiting_since, s.updated_at,"
            + " 0 AS changes FROM project_sheet s JOIN local_body b ON b.id = s.lead_body_id WHERE s.status = 'SUBMITTED'"
            + " UNION ALL SELECT s.id, s.title, b.name, r.created_at, r.updated_at, 1"
            + " FROM sheet_revision r JOIN project_sheet s ON s.id = r.sheet_id JOIN local_body b ON b.id = s.lead_body_id"
            + " WHERE r.status = 'PENDING') q WHERE ? = '' OR LOWER(q.title) LIKE ? OR LOWER(q.name) LIKE ?";

    @Override
    public List<QueueEntry> queue(String text, QueueEntry.Order order, boolean ascending, int first, int max) {
        String direction = ascending ? " ASC" : " DESC";
        // the column comes from the enum, never from the request
        String by = switch (order) {
            case WAITING -> "waiting_since IS NULL, waiting_since" + direction;
            case TITLE -> "title" + direction;
            case BODY -> "name" + direction + ", waiting_since";
        };
        jakarta.persistence.Query q = em.createNativeQuery("SELECT id, title, name, waiting_since, updated_at, changes " + QUEUE
                + " ORDER BY " + by + ", id, changes LIMIT ? OFFSET ?");
        int n = like(q, text);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setParameter(n, Math.max(0, max)).setParameter(n + 1, Math.max(0, first)).getResultList();
        return rows.stream().map(r -> new QueueEntry(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                time(r[3]), time(r[4]), ((Number) r[5]).intValue() == 1)).toList();
    }

    /** Sets the text filter's three parameters; returns the next parameter's position. */
    private static int like(jakarta.persistence.Query q, String text) {
        String t = text == null ? "" : text.strip();
        String pattern = LikePatterns.containing(t);
        q.setParameter(1, t).setParameter(2, pattern).setParameter(3, pattern);
        return 4;
    }

    private static java.time.LocalDateTime time(Object o) {
        return o == null ? null : o instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) o;
    }

    @Override
    public long queueSize(String text) {
        jakarta.persistence.Query q = em.createNativeQuery("SELECT COUNT(*) " + QUEUE);
        like(q, text);
        return ((Number) q.getSingleResult()).longValue();
    }

    @Override
    public void storeRevision(SheetRevision revision) {
        em.persist(revision);
    }
}
