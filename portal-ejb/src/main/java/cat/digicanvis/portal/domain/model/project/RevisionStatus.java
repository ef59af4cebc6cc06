package cat.digicanvis.portal.domain.model.project;

/** Where a member's proposed changes to a published sheet stand. */
public enum RevisionStatus {
    PENDING, ACCEPTED, REJECTED, WITHDRAWN
}
