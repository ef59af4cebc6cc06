package cat.digicanvis.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    /** Someone signed up early with the configured administrator address: promotion takes the account from them. */
    @Test
    void theFirstAdministratorTakesTheConfiguredPasswordAndEndsOtherSessions() {
        Account early = new Account("admin@ajuntament.cat", "Early bird", "their-own-hash", "ca", NOW);
        int epoch = early.getSessionEpoch();
        early.becomeFirstAdministrator("configured-hash", NOW.plusMinutes(1));
        assertEquals("configured-hash", early.getPasswordHash(), "the password chosen at sign-up no longer works");
        assertTrue(early.getSessionEpoch() > epoch, "their sessions end");
        assertTrue(early.isAdministrator());
        assertTrue(early.maySignIn(), "verified and enabled");
    }

    @Test
    void anAccountSignsInOnlyOnceVerifiedAndNotWhileDisabled() {
        Account a = new Account("  Anna@Tarrega.CAT ", "Anna", "hash", "xx", NOW);
        assertEquals("anna@tarrega.cat", a.getEmail());
        assertEquals("ca", a.getLanguage(), "an unknown language falls back to Catalan");
        assertFalse(a.maySignIn());
        a.verifyEmail(NOW);
        assertTrue(a.maySignIn());
        a.disable(NOW);
        assertFalse(a.maySignIn());
        a.enable(NOW);
        assertTrue(a.maySignIn());
    }

    @Test
    void passwordChangesAndSignOutEverywhereEndOtherSessions() {
        Account a = new Account("a@b.cat", "A", "h1", "es", NOW);
        int epoch = a.getSessionEpoch();
        a.changePassword("h2", NOW);
        assertNotEquals(epoch, a.getSessionEpoch());
        int epoch2 = a.getSessionEpoch();
        a.signOutEverywhere(NOW);
        assertNotEquals(epoch2, a.getSessionEpoch());
    }

    @Test
    void emailsAndNamesAreChecked() {
        assertEquals(List.of("validation.email"), keys(Account.checkIdentity("no-at-sign", "N")));
        assertEquals(List.of("validation.required", "validation.required"), keys(Account.checkIdentity(" ", " ")));
        assertEquals(List.of("validation.tooLong"), keys(Account.checkIdentity("a@b.cat", "x".repeat(121))));
    }

    static List<String> keys(List<Violation> v) {
        return v.stream().map(Violation::messageKey).toList();
    }

    @Test
    void tokensWorkOnceForTheirPurposeBeforeTheyExpire() {
        Account a = new Account("a@b.cat", "A", "h", "ca", NOW);
        AccountToken.Issued issued = AccountToken.issue(a, TokenPurpose.RESET_PASSWORD, null, NOW);
        AccountToken t = issued.token();
        assertEquals(43, issued.secret().length(), "256 random bits, base64url");
        assertFalse(issued.secret().equals(AccountToken.hash(issued.secret())), "only the hash is kept");
        assertFalse(t.usableFor(TokenPurpose.VERIFY_EMAIL, NOW));
        assertTrue(t.usableFor(TokenPurpose.RESET_PASSWORD, NOW.plusMinutes(59)));
        assertFalse(t.usableFor(TokenPurpose.RESET_PASSWORD, NOW.plusMinutes(61)), "expired");
        t.use(NOW);
        assertFalse(t.usableFor(TokenPurpose.RESET_PASSWORD, NOW), "used");
    }

    @Test
    void authorisationRules() {
        Actor member = new Actor(5L, "m@b.cat", "M", "ca", false, false, Set.of(10L));
        Actor other = new Actor(6L, "o@b.cat", "O", "ca", false, false, Set.of(11L));
        Actor signedInOnly = new Actor(7L, "s@b.cat", "S", "ca", false, false, Set.of());
        Actor moderator = new Actor(8L, "mod@b.cat", "Mod", "ca", true, false, Set.of());
        Actor admin = new Actor(9L, "adm@b.cat", "Adm", "ca", false, true, Set.of());
        assertTrue(member.mayWriteFor(10L));
        assertFalse(other.mayWriteFor(10L));
        assertFalse(signedInOnly.mayWriteSomewhere());
        assertTrue(moderator.mayWriteFor(10L) && admin.mayWriteFor(10L));
        assertFalse(Actor.ANONYMOUS.maySeeContactDetails());
        assertFalse(signedInOnly.maySeeContactDetails(), "an account without an approved body sees no contacts");
        assertTrue(member.maySeeContactDetails() && moderator.maySeeContactDetails());
        assertTrue(admin.mayAdminister());
        assertFalse(moderator.mayAdminister() || member.mayAdminister() || Actor.ANONYMOUS.mayAdminister());
        assertThrows(AccessDeniedException.class, () -> member.require(member.mayAdminister(), "x"));
        // acting in a body's name (its profile, marks, requests): its members only; reading its profile and
        // recommendations: its members and administrators, not moderators
        assertTrue(member.mayActFor(10L));
        assertFalse(admin.mayActFor(10L) || other.mayActFor(10L) || moderator.mayActFor(10L) || Actor.ANONYMOUS.mayActFor(10L));
        assertTrue(member.maySeeFor(10L) && admin.maySeeFor(10L));
        assertFalse(other.maySeeFor(10L) || moderator.maySeeFor(10L) || Actor.ANONYMOUS.maySeeFor(10L));
    }
}
