package cat.digicanvis.portal.domain.model.localbody;

import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A public body that carries out projects: a Catalan council (ajuntament), a consell comarcal, a
 * diputació, another Catalan public body, or a local government abroad. Its size and position are what
 * make projects comparable ("a council like mine, near me"), so population and coordinates are required.
 */
@Entity
@Table(name = "local_body")
@NamedQuery(name = LocalBody.FIND_BY_TYPE_AND_CODE,
        query = "SELECT b FROM LocalBody b WHERE b.type = :type AND b.officialCode = :code")
@NamedQuery(name = LocalBody.SEARCH_BY_NAME,
        query = "SELECT b FROM LocalBody b WHERE LOWER(b.name) LIKE :pattern ORDER BY b.population DESC, b.name")
@NamedQuery(name = LocalBody.COUNT_ALL, query = "SELECT COUNT(b) FROM LocalBody b")
public class LocalBody {

    public static final String FIND_BY_TYPE_AND_CODE = "LocalBody.findByTypeAndCode";
    public static final String SEARCH_BY_NAME = "LocalBody.searchByName";
    public static final String COUNT_ALL = "LocalBody.countAll";

    /** Catalonia's province codes: a body there is Km0. */
    public static final Set<String> CATALAN_PROVINCES = Set.of("08", "17", "25", "43");

    public static final int NAME_MAX = 200;
    public static final int REGION_MAX = 120;
    public static final int MAX_POPULATION = 50_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_type", nullable = false)
    private BodyType type;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "official_code")
    private String officialCode;

    @Column(name = "comarca_code")
    private String comarcaCode;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    private String region;

    @Column(nullable = false)
    private int population;

    @Column(name = "area_km2")
    private BigDecimal areaKm2;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Column(name = "geoname_id")
    private Integer geonameId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected LocalBody() {
    }

    private LocalBody(BodyType type, String name, String officialCode, String countryCode, int population,
                      BigDecimal areaKm2, GeoPoint position) {
        this.type = type;
        this.officialCode = officialCode;
        this.countryCode = countryCode;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        update(name, population, areaKm2, position);
    }

    /** A Catalan body, placed in a comarca (except diputacions) and a province. */
    public static LocalBody catalan(BodyType type, String name, String officialCode, String comarcaCode,
                                    String provinceCode, int population, BigDecimal areaKm2, GeoPoint position) {
        if (!type.isCatalan()) {
            throw new IllegalArgumentException("not a Catalan body type: " + type);
        }
        if (!CATALAN_PROVINCES.contains(provinceCode)) {
            throw new RuleViolationException(Violation.of("province", "validation.body.province"));
        }
        LocalBody body = new LocalBody(type, name, officialCode, "ES", population, areaKm2, position);
        body.comarcaCode = comarcaCode;
        body.provinceCode = provinceCode;
        return body;
    }

    /** A local government abroad, usually created from a GeoNames town. */
    public static LocalBody foreign(String name, String countryCode, String region, int population,
                                    BigDecimal areaKm2, GeoPoint position, Integer geonameId) {
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new RuleViolationException(Violation.of("country", "validation.body.country"));
        }
        LocalBody body = new LocalBody(BodyType.FOREIGN, name, geonameId == null ? null : "GN" + geonameId,
                countryCode, population, areaKm2, position);
        body.region = region == null || region.isBlank() ? null : trimTo(region, REGION_MAX);
        body.geonameId = geonameId;
        return body;
    }

    /** Corrects the body's data; the rules are the same as at creation. */
    public final void update(String newName, int newPopulation, BigDecimal newAreaKm2, GeoPoint newPosition) {
        List<Violation> violations = new ArrayList<>();
        if (newName == null || newName.isBlank()) {
            violations.add(Violation.of("name", "validation.required"));
        } else if (newName.strip().length() > NAME_MAX) {
            violations.add(Violation.of("name", "validation.tooLong", NAME_MAX));
        }
        if (newPopulation <= 0 || newPopulation > MAX_POPULATION) {
            violations.add(Violation.of("population", "validation.body.population"));
        }
        if (newAreaKm2 != null && newAreaKm2.signum() <= 0) {
            violations.add(Violation.of("areaKm2", "validation.body.area"));
        }
        if (newPosition == null) {
            violations.add(Violation.of("position", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.name = newName.strip();
        this.population = newPopulation;
        this.areaKm2 = newAreaKm2;
        this.latitude = newPosition.latitude();
        this.longitude = newPosition.longitude();
        this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String trimTo(String s, int max) {
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    public boolean isKm0() {
        return type.isCatalan();
    }

    public PopulationBand populationBand() {
        return PopulationBand.of(population);
    }

    public GeoPoint position() {
        return new GeoPoint(latitude, longitude);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public BodyType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getOfficialCode() {
        return officialCode;
    }

    public String getComarcaCode() {
        return comarcaCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getRegion() {
        return region;
    }

    public int getPopulation() {
        return population;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public Integer getGeonameId() {
        return geonameId;
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(Locale.ROOT) + " " + name + " (" + id + ")";
    }
}
