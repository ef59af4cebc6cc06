package cat.digicanvis.portal.application.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

public record AuditView(long id, LocalDateTime at, Long actorId, String actorEmail, String action, String targetType,
        String targetId, String detail) implements Serializable {
}
