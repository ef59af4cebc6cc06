package cat.digicanvis.portal.domain.model.file;

import java.util.Optional;

public interface StoredFileRepository {

    Optional<StoredFile> find(long id);

    void store(StoredFile file);

    /**
     * How many files and bytes an account uploaded that no sheet uses yet, with the account locked until the
     * transaction ends, so that parallel uploads are counted one after the other.
     */
    long[] lockAndCountUnattached(long accountId);

    /** Deletes the files that no sheet uses and that were uploaded before {@code before}; returns how many. */
    int purgeUnattached(java.time.LocalDateTime before);

    /** Up to {@code length} bytes of a file's content from {@code offset} (fewer at its end). */
    byte[] chunk(long id, long offset, int length);
}
