package cat.digicanvis.portal.domain.model.audit;

import java.util.List;

public interface AuditRepository {

    void store(AuditEntry entry);

    List<AuditEntry> latest(int first, int max);

    List<AuditEntry> byActor(long actorId);

    List<AuditEntry> byTarget(String type, String id);

    /** Keeps the entries of a deleted account but drops its email from them. */
    void forgetActorEmail(long actorId);
}
