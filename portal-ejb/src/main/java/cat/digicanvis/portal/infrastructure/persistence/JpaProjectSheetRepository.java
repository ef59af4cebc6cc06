package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
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
    public List<ProjectSheet> byStatusOldestFirst(SheetStatus status, int max) {
        return em.createNamedQuery(ProjectSheet.FIND_BY_STATUS_OLDEST, ProjectSheet.class)
                .setParameter("status", status).setMaxResults(max).getResultList();
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

    @Override
    public List<SheetRevision> pendingRevisions(int max) {
        return em.createNamedQuery(SheetRevision.ALL_PENDING, SheetRevision.class).setMaxResults(max).getResultList();
    }

    @Override
    public void storeRevision(SheetRevision revision) {
        em.persist(revision);
    }
}
