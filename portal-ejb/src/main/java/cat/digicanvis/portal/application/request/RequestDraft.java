package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.domain.model.request.RequestKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the request form sends. {@code consent}: the requester agrees that their name, position and email go
 * to the other body's people once an administrator forwards the request.
 */
public record RequestDraft(Long fromBodyId, long toBodyId, Long sheetId, RequestKind kind, String message,
        LocalDate visitFrom, LocalDate visitTo, Integer visitors, boolean consent) implements Serializable {
}
