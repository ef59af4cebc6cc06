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

    /**
     * A file that changes waiting for an editor use: the revision keeps its form as JSON, where a material's file
     * is written {@code "fileId":N,} (JSON-B writes properties in order, fileName or language after it).
     */
    private static final String IN_PENDING_REVISION = "EXISTS (SELECT 1 FROM sheet_revision r WHERE r.status = 'PENDING' "
            + "AND r.form_json LIKE CONCAT('%\"fileId\":', {file}, ',%'))";

    @Override
    public long[] lockAndCountUnattached(long accountId) {
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE").setParameter(1, accountId).getResultList();
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(f.size_bytes), 0) FROM stored_file f "
                + "WHERE f.uploaded_by = ?1 AND NOT EXISTS (SELECT 1 FROM sheet_material m WHERE m.file_id = f.id)"
                + " AND NOT " + IN_PENDING_REVISION.replace("{file}", "f.id"))
                .setParameter(1, accountId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    @Override
    public int purgeUnattached(java.time.LocalDateTime before) {
        return em.createNativeQuery("DELETE FROM stored_file WHERE created_at < ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM sheet_material m WHERE m.file_id = stored_file.id) "
                + "AND NOT " + IN_PENDING_REVISION.replace("{file}", "stored_file.id"))
                .setParameter(1, before).executeUpdate();
    }
}
