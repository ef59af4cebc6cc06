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

    @Override
    public byte[] chunk(long id, long offset, int length) {
        // a slice read by the server: a download never holds the whole file in memory
        Object bytes = em.createNativeQuery("SELECT SUBSTRING(content, ?1, ?2) FROM stored_file WHERE id = ?3")
                .setParameter(1, offset + 1).setParameter(2, length).setParameter(3, id)
                .getResultStream().findFirst().orElse(null);
        return bytes instanceof byte[] b ? b : new byte[0];
    }
}
