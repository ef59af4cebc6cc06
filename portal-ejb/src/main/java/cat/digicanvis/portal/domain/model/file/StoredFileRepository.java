package cat.digicanvis.portal.domain.model.file;

import java.util.Optional;

public interface StoredFileRepository {

    Optional<StoredFile> find(long id);

    void store(StoredFile file);
}
