package cat.digicanvis.portal.application.forum;

import java.io.Serializable;

/** A person one can mention: their handle and their name. */
public record MentionView(String handle, String displayName) implements Serializable {
}
