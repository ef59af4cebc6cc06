package cat.digicanvis.portal.domain.model.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProjectSheetRepository {

    Optional<ProjectSheet> find(long id);

    /** The sheet imported with this identifier, if any. */
    Optional<ProjectSheet> findByExternalId(String externalId);

    /** The sheet, failing with a concurrent-edit error when its version is not the expected one. */
    ProjectSheet findForUpdate(long id, int expectedVersion);

    List<ProjectSheet> findByIds(Collection<Long> ids);

    List<Long> publishedIds();

    List<ProjectSheet> publishedByLeadBody(long bodyId);

    long countByOrigin(ContentOrigin origin);

    /** Sheets in one state, the longest waiting first (the editor's queue). */
    List<ProjectSheet> byStatusOldestFirst(SheetStatus status, int max);

    /** Sheets an author wrote or that their bodies lead, newest change first. */
    List<ProjectSheet> byAuthorOrBodies(long authorId, Collection<Long> bodyIds);

    /** Published sheets last reviewed before the given time. */
    List<ProjectSheet> reviewedBefore(java.time.LocalDateTime before);

    /** Sheets that list a contact person with this email. */
    List<ProjectSheet> listingContact(String email);

    List<ProjectSheet> byAuthor(long authorId);

    /** Sheets whose documentation links to an uploaded file. */
    List<ProjectSheet> referencingFile(long fileId);

    void store(ProjectSheet sheet);

    /** The changes to a sheet that wait for an editor, if any. */
    Optional<SheetRevision> pendingRevision(long sheetId);

    /** Every pending revision, the longest waiting first (the editor's queue). */
    List<SheetRevision> pendingRevisions(int max);

    void storeRevision(SheetRevision revision);

    /** Writes pending changes now, so that a version conflict surfaces inside the service call. */
    void flush();
}
