package cat.digicanvis.portal.domain.model.project;

/** The six areas of the observatory (see the glossary). */
public enum Area {
    CITIZEN_CARE,
    SERVICES_FORMALITIES,
    SOCIAL_SERVICES,
    PARTICIPATION,
    PLANNING_MANAGEMENT,
    TRANSFORMATION
}
