package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.file.StoredFile;
import cat.digicanvis.portal.domain.model.file.StoredFileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaStoredFileRepository implements StoredFileRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    @Override
    public void store(StoredFile file) {
        em.persist(file);
        em.flush(); // the id comes from the database (identity column)
    }
}
