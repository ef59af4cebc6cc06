package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.project.Phase;
import java.io.Serializable;

/** A sheet of the portal that a post links to, shown as a small card under the post. */
public record SheetCardView(long id, String title, String bodyName, Phase phase) implements Serializable {
}
