package cat.digicanvis.portal.domain.model.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MembershipTest {

    static final LocalBody BODY = LocalBody.catalan(BodyType.MUNICIPALITY, "Tàrrega", "25217", "38", "25", 17_000,
            null, new GeoPoint(41.64, 1.14));
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    static Membership request() {
        return new Membership(new Account("a@b.cat", "A", "h", "ca", NOW), BODY, " Secretària ", NOW);
    }

    static String key(RuleViolationException e) {
        return e.violations().get(0).messageKey();
    }

    @Test
    void requestedThenApproved() {
        Membership m = request();
        assertEquals(MembershipStatus.REQUESTED, m.getStatus());
        assertEquals("Secretària", m.getPosition());
        m.approve(1L, null, NOW);
        assertEquals(MembershipStatus.APPROVED, m.getStatus());
        assertEquals("validation.membership.exists", key(assertThrows(RuleViolationException.class,
                () -> m.ask("Tècnica", NOW))));
    }

    @Test
    void aRejectionNeedsAReasonAndMayBeAskedAgain() {
        Membership m = request();
        assertEquals("validation.required", key(assertThrows(RuleViolationException.class,
                () -> m.reject(1L, " ", NOW))));
        assertEquals(MembershipStatus.REQUESTED, m.getStatus());
        m.reject(1L, "No consta al directori", NOW);
        assertEquals("No consta al directori", m.getReason());
        assertEquals("validation.membership.decided", key(assertThrows(RuleViolationException.class,
                () -> m.approve(1L, null, NOW))));
        m.ask("Interventora", NOW);
        assertEquals(MembershipStatus.REQUESTED, m.getStatus());
        assertEquals(null, m.getReason());
    }

    @Test
    void anApprovedMembershipCanBeRevoked() {
        Membership m = request();
        m.approve(1L, "", NOW);
        m.reject(1L, "Ja no hi treballa", NOW);
        assertEquals(MembershipStatus.REJECTED, m.getStatus());
    }

    @Test
    void thePositionIsRequiredAndLimited() {
        Account a = new Account("a@b.cat", "A", "h", "ca", NOW);
        assertThrows(RuleViolationException.class, () -> new Membership(a, BODY, "", NOW));
        assertThrows(RuleViolationException.class,
                () -> new Membership(a, BODY, "x".repeat(Membership.POSITION_MAX + 1), NOW));
    }
}
