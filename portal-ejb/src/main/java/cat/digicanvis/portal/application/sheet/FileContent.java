package cat.digicanvis.portal.application.sheet;

/**
 * A stored file that the caller may read: what to say about it, and its content read slice by slice, so that
 * serving it holds one slice in memory rather than the whole file.
 */
public record FileContent(String fileName, String contentType, long size, String sha256, boolean publicFile,
        Slices slices) {

    /** Reads the content: up to {@code length} bytes from {@code offset}. */
    @FunctionalInterface
    public interface Slices {
        byte[] read(long offset, int length);
    }
}
