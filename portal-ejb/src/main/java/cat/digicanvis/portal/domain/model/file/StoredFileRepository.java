package cat.digicanvis.portal.domain.model.file;

import java.util.Optional;

public interface StoredFileRepository {

    Optional<StoredFile> find(long id);

    void store(StoredFile file);

    /** Up to {@code length} bytes of a file's content from {@code offset} (fewer at its end). */
    byte[] chunk(long id, long offset, int length);
}
