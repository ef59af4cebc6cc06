package cat.digicanvis.portal.application.sheet;

/** A stored file's bytes, to serve it. */
public record FileContent(String fileName, String contentType, byte[] content, boolean publicFile) {
}
