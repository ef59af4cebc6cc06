package cat.digicanvis.portal.application.audit;

import cat.digicanvis.portal.domain.model.audit.AuditEntry;
import java.io.Serializable;
import java.time.LocalDateTime;

public record AuditView(long id, LocalDateTime at, Long actorId, String actorEmail, String action, String targetType,
        String targetId, String detail) implements Serializable {

    public static AuditView of(AuditEntry e) {
        return new AuditView(e.getId(), e.getAt(), e.getActorId(), e.getActorEmail(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getDetail());
    }
}
