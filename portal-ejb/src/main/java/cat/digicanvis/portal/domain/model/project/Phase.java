package cat.digicanvis.portal.domain.model.project;

/** How far a project has got. */
public enum Phase {
    PROTOTYPE,
    PILOT,
    IMPLEMENTED
}
