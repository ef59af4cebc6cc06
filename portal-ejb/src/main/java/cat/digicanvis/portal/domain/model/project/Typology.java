package cat.digicanvis.portal.domain.model.project;

/** What a digital change transforms: services, processes and procedures, or the organisation. */
public enum Typology {
    SERVICES,
    PROCESSES,
    ORGANISATION
}
