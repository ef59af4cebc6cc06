package cat.digicanvis.portal.application.sheet;

import java.io.Serializable;

/** A stored documentation file. */
public record UploadedFileView(long id, String fileName, String contentType, long size) implements Serializable {
}
