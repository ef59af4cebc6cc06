package cat.digicanvis.portal.domain.model.project;

/** Visibility of a sheet: drafts are seen by their authors only, published sheets by everyone. */
public enum SheetStatus {
    DRAFT,
    PUBLISHED
}
