package cat.digicanvis.portal.domain.model.project;

/** Kinds of documentation and dissemination material. */
public enum MaterialType {
    ARTICLE,
    DEMO,
    VIDEO,
    PRESENTATION,
    DOCUMENT,
    WEBSITE
}
