package cat.digicanvis.portal.domain.model.project;

/**
 * Where a sheet comes from. Demo and synthetic sheets are always marked as such on every page and in
 * the API, so that nobody mistakes them for a real council's project.
 */
public enum ContentOrigin {
    USER,
    DEMO,
    SYNTHETIC
}
