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

    /**
     * The editors' queue a page at a time: submitted sheets and pending changes to published ones whose title or
     * lead body contains {@code text} (all when blank), in {@code order} (then by sheet), from {@code first}, at
     * most {@code max}.
     */
    List<QueueEntry> queue(String text, QueueEntry.Order order, boolean ascending, int first, int max);

    /** How many submitted sheets and pending changes wait for an editor (those matching {@code text}). */
    long queueSize(String text);

    void storeRevision(SheetRevision revision);

    /** Writes pending changes now, so that a version conflict surfaces inside the service call. */
    void flush();
}
