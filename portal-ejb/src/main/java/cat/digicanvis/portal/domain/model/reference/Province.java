package cat.digicanvis.portal.domain.model.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One of Catalonia's four provinces (reference data, read-only). */
@Entity
@Table(name = "province")
@NamedQuery(name = Province.FIND_ALL, query = "SELECT p FROM Province p ORDER BY p.name")
public class Province {

    public static final String FIND_ALL = "Province.findAll";

    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String capital;
    private int population;
    @Column(name = "area_km2")
    private BigDecimal areaKm2;

    protected Province() {
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

    public int getPopulation() {
        return population;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }
}
