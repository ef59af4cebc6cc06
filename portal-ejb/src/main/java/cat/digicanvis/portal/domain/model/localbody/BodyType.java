package cat.digicanvis.portal.domain.model.localbody;

/** Kinds of local body. Only the first four are Catalan (Km0). */
public enum BodyType {
    MUNICIPALITY,
    COUNTY_COUNCIL,
    PROVINCIAL_COUNCIL,
    OTHER_CATALAN,
    FOREIGN;

    public boolean isCatalan() {
        return this != FOREIGN;
    }
}
