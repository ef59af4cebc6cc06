package cat.digicanvis.portal.application.audit;

import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.audit.AuditEntry;
import cat.digicanvis.portal.domain.model.audit.AuditRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes the audit trail of administrative and editorial actions in the caller's transaction, so an action
 * that is rolled back leaves no entry, and one that commits always has one. An entry names people by their
 * account number; an address in its detail (a reason typed by someone, say) is blanked, so that deleting an
 * account or withdrawing as a contact leaves no address behind in the trail.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditRepository entries;

    public void record(Actor actor, String action, String targetType, Object targetId, String detail) {
        entries.store(new AuditEntry(Clock.now(), actor.accountId() == null || actor.accountId() <= 0 ? null
                : actor.accountId(), actor.email(), action, targetType, targetId == null ? null : targetId.toString(),
                redacted(detail)));
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[^\\s@<>(),;:\"']+@[^\\s@<>(),;:\"']+");

    /** The detail with every email address replaced by "[email]". */
    static String redacted(String detail) {
        return detail == null ? null : ADDRESS.matcher(detail).replaceAll("[email]");
    }
}
