package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.reference.Comarca;
import cat.digicanvis.portal.domain.model.reference.Municipality;
import cat.digicanvis.portal.domain.model.reference.Province;
import cat.digicanvis.portal.domain.model.reference.ReferenceRepository;
import cat.digicanvis.portal.domain.model.reference.WorldTown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReferenceRepository implements ReferenceRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<Province> provinces() {
        return em.createNamedQuery(Province.FIND_ALL, Province.class).getResultList();
    }

    @Override
    public List<Comarca> comarques() {
        return em.createNamedQuery(Comarca.FIND_ALL, Comarca.class).getResultList();
    }

    @Override
    public List<Municipality> municipalities() {
        return em.createNamedQuery(Municipality.FIND_ALL, Municipality.class).getResultList();
    }

    @Override
    public Optional<Municipality> municipality(String ineCode) {
        return Optional.ofNullable(em.find(Municipality.class, ineCode));
    }

    @Override
    public Optional<WorldTown> town(int geonameId) {
        return Optional.ofNullable(em.find(WorldTown.class, geonameId));
    }

    @Override
    public List<WorldTown> searchTowns(String text, String countryCode, int max) {
        // GeoNames' ASCII name lets "Malmo" find "Malmö"
        String ascii = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("\\", "").replace("%", "").replace("_", "");
        return em.createNamedQuery(WorldTown.SEARCH, WorldTown.class)
                .setParameter("prefix", ascii + "%")
                .setParameter("country", countryCode == null ? "" : countryCode)
                .setMaxResults(max).getResultList();
    }
}
