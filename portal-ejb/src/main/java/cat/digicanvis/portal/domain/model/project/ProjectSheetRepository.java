package cat.digicanvis.portal.domain.model.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProjectSheetRepository {

    Optional<ProjectSheet> find(long id);

    /** The sheet, failing with a concurrent-edit error when its version is not the expected one. */
    ProjectSheet findForUpdate(long id, int expectedVersion);

    List<ProjectSheet> findByIds(Collection<Long> ids);

    List<Long> publishedIds();

    List<ProjectSheet> publishedByLeadBody(long bodyId);

    long countByOrigin(ContentOrigin origin);

    void store(ProjectSheet sheet);

    /** Writes pending changes now, so that a version conflict surfaces inside the service call. */
    void flush();
}
