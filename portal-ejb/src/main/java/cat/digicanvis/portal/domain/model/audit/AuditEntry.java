package cat.digicanvis.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One administrative or editorial action: who, what, on what, when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.LATEST, query = "SELECT e FROM AuditEntry e ORDER BY e.at DESC, e.id DESC")
@NamedQuery(name = AuditEntry.BY_ACTOR, query = "SELECT e FROM AuditEntry e WHERE e.actorId = :actorId ORDER BY e.at")
@NamedQuery(name = AuditEntry.BY_TARGET, query = "SELECT e FROM AuditEntry e WHERE e.targetType = :type "
        + "AND e.targetId = :id ORDER BY e.at DESC, e.id DESC")
public class AuditEntry {

    public static final String LATEST = "AuditEntry.latest";
    public static final String BY_ACTOR = "AuditEntry.byActor";
    public static final String BY_TARGET = "AuditEntry.byTarget";
    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private LocalDateTime at;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_email")
    private String actorEmail;
    @Column(nullable = false)
    private String action;
    @Column(name = "target_type", nullable = false)
    private String targetType;
    @Column(name = "target_id")
    private String targetId;
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime at, Long actorId, String actorEmail, String action, String targetType,
            String targetId, String detail) {
        this.at = at;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }
}
