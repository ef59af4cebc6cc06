package cat.digicanvis.portal.domain.model.reference;

import cat.digicanvis.portal.domain.shared.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A GeoNames town of 1,000+ inhabitants, used to create foreign local bodies (read-only). */
@Entity
@Table(name = "world_town")
@NamedQuery(name = WorldTown.SEARCH, query = "SELECT t FROM WorldTown t WHERE t.asciiName LIKE :prefix"
        + " AND (:country = '' OR t.countryCode = :country) ORDER BY t.population DESC")
public class WorldTown {

    public static final String SEARCH = "WorldTown.search";

    @Id
    @Column(name = "geoname_id")
    private int geonameId;
    @Column(nullable = false)
    private String name;
    @Column(name = "ascii_name", nullable = false)
    private String asciiName;
    @Column(name = "country_code", nullable = false)
    private String countryCode;
    @Column(name = "admin1_code")
    private String admin1Code;
    private int population;
    private double latitude;
    private double longitude;

    protected WorldTown() {
    }

    public GeoPoint position() {
        return new GeoPoint(latitude, longitude);
    }

    public int getGeonameId() {
        return geonameId;
    }

    public String getName() {
        return name;
    }

    public String getAsciiName() {
        return asciiName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getAdmin1Code() {
        return admin1Code;
    }

    public int getPopulation() {
        return population;
    }
}
