package cat.digicanvis.portal.domain.model.project;

/**
 * Where a sheet is in the editorial workflow: written (draft), waiting for review (submitted), sent back to
 * its author with comments (returned), visible to everyone (published), or withdrawn with a reason
 * (unpublished). Only published sheets are public.
 */
public enum SheetStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    PUBLISHED,
    UNPUBLISHED
}
