package cat.digicanvis.portal.application.forum;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An earlier text of a post. */
public record RevisionView(String markdown, String html, LocalDateTime writtenAt) implements Serializable {
}
