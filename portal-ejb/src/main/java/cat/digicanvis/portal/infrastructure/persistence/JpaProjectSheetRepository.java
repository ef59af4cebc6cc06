package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
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
}
