package cat.digicanvis.portal.application.sheet;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One step of a sheet's history as its writers and editors see it: who by their name (null: an account since
 * deleted, or the portal itself), never by their address.
 */
public record HistoryEntryView(LocalDateTime at, String who, String action, String detail) implements Serializable {
}
