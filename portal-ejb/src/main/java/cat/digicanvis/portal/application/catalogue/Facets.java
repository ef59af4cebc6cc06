package cat.digicanvis.portal.application.catalogue;

/** The catalogue's facet names, as used in URLs, the API and the pages. */
public final class Facets {

    public static final String AREA = "area";
    public static final String TYPOLOGY = "typology";
    public static final String PHASE = "phase";
    public static final String SCOPE = "scope";
    public static final String BAND = "band";
    public static final String PROVINCE = "province";
    public static final String COMARCA = "comarca";
    public static final String COUNTRY = "country";

    private Facets() {
    }
}
