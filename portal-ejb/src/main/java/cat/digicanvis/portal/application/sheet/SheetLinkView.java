package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.domain.model.project.SheetStatus;
import java.io.Serializable;

/** A sheet named in a list: its id, title and state. */
public record SheetLinkView(long id, String title, SheetStatus status) implements Serializable {
}
