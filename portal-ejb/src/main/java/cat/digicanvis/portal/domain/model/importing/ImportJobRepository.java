package cat.digicanvis.portal.domain.model.importing;

import java.util.List;
import java.util.Optional;

public interface ImportJobRepository {

    /** The job with its rows (the runner reads them once). */
    Optional<ImportJob> find(long id);

    /** The job's figures without its rows, which may be megabytes (the page asks every second). */
    Optional<ImportJob.Progress> progress(long id);

    /** One more row done, in one statement (the rows are not read again); failures are kept when given. */
    void rowDone(long id, boolean created, boolean updated, String failuresJson);

    /** The job has finished: its rows are dropped. */
    void finish(long id, java.time.LocalDateTime now);

    /** Jobs still running (after a restart: the ones it interrupted). */
    List<Long> running();

    /** A person's imports, newest first. */
    List<ImportJob.Progress> byAccount(long accountId, int max);

    void store(ImportJob job);
}
