package cat.digicanvis.portal.domain.model.importing;

import java.util.List;
import java.util.Optional;

public interface ImportJobRepository {

    Optional<ImportJob> find(long id);

    /** A person's imports, newest first. */
    List<ImportJob> byAccount(long accountId, int max);

    void store(ImportJob job);
}
