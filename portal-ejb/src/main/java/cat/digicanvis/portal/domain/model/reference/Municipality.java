package cat.digicanvis.portal.domain.model.reference;

import cat.digicanvis.portal.domain.shared.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One of Catalonia's 947 municipalities (official reference data, read-only). */
@Entity
@Table(name = "municipality")
@NamedQuery(name = Municipality.FIND_ALL, query = "SELECT m FROM Municipality m ORDER BY m.naturalName")
public class Municipality {

    public static final String FIND_ALL = "Municipality.findAll";

    @Id
    @Column(name = "ine_code")
    private String ineCode;
    @Column(name = "idescat_code", nullable = false)
    private String idescatCode;
    @Column(nullable = false)
    private String name;
    @Column(name = "natural_name", nullable = false)
    private String naturalName;
    @Column(name = "comarca_code", nullable = false)
    private String comarcaCode;
    @Column(name = "province_code", nullable = false)
    private String provinceCode;
    private int population;
    @Column(name = "area_km2")
    private BigDecimal areaKm2;
    private double latitude;
    private double longitude;

    protected Municipality() {
    }

    public GeoPoint position() {
        return new GeoPoint(latitude, longitude);
    }

    public String getIneCode() {
        return ineCode;
    }

    public String getIdescatCode() {
        return idescatCode;
    }

    public String getName() {
        return name;
    }

    public String getNaturalName() {
        return naturalName;
    }

    public String getComarcaCode() {
        return comarcaCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public int getPopulation() {
        return population;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }
}
