package cat.digicanvis.portal.domain.model.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A comarca (43 units including Aran and Lluçanès; reference data, read-only). Comarques are not nested
 * in provinces: the province here is the one most of its municipalities belong to.
 */
@Entity
@Table(name = "comarca")
@NamedQuery(name = Comarca.FIND_ALL, query = "SELECT c FROM Comarca c ORDER BY c.name")
public class Comarca {

    public static final String FIND_ALL = "Comarca.findAll";

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String capital;
    @Column(name = "province_code", nullable = false)
    private String provinceCode;
    private int population;
    @Column(name = "area_km2")
    private BigDecimal areaKm2;

    protected Comarca() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCapital() {
        return capital;
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
