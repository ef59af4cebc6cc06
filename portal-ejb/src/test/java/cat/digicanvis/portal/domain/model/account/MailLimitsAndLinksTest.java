package cat.digicanvis.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.model.mail.MailMessage;
import cat.digicanvis.portal.domain.model.mail.MailStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The counters behind the mailing limits, and one-time links whose secret is made when their mail is sent. */
class MailLimitsAndLinksTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 10, 0);

    @Test
    void aCounterAllowsItsLimitPerWindowAndCountsNothingItRefuses() {
        ActionCounter c = new ActionCounter(MailingLimits.forTarget("Anna@Tarrega.cat"), T0);
        for (int i = 0; i < MailingLimits.PER_TARGET; i++) {
            assertEquals(Duration.ZERO, c.take(T0.plusMinutes(i), MailingLimits.PER_TARGET, MailingLimits.WINDOW));
        }
        assertEquals(Duration.ofMinutes(50), c.take(T0.plusMinutes(10), MailingLimits.PER_TARGET, MailingLimits.WINDOW));
        assertEquals(MailingLimits.PER_TARGET, c.getActions(), "a refusal is not counted");
        // the window ends an hour after it started, and a new one starts with the next mail
        assertEquals(Duration.ZERO, c.take(T0.plusHours(1), MailingLimits.PER_TARGET, MailingLimits.WINDOW));
        assertEquals(1, c.getActions());
    }

    @Test
    void keysAreNormalisedAndBoundedToTheirColumn() {
        assertEquals(MailingLimits.forTarget("anna@tarrega.cat"), MailingLimits.forTarget(" ANNA@tarrega.cat"));
        assertNotEquals(MailingLimits.forTarget("anna@tarrega.cat"), MailingLimits.forClient("anna@tarrega.cat"));
        String huge = "x".repeat(5_000) + "@y.cat";
        assertTrue(MailingLimits.forTarget(huge).length() <= ActionCounter.MAX_KEY);
        assertTrue(LoginThrottle.forEmail(huge).length() <= ActionCounter.MAX_KEY);
        assertNotEquals(LoginThrottle.forEmail(huge), LoginThrottle.forEmail("z" + huge));
    }

    @Test
    void aLinkGetsANewSecretWhenItsMailIsSentAndNoneOnceUsedOrExpired() {
        Account a = new Account("anna@tarrega.cat", "Anna", "hash", "ca", T0);
        AccountToken.Issued issued = AccountToken.issue(a, TokenPurpose.RESET_PASSWORD, null, T0);
        AccountToken t = issued.token();
        String sent = t.reissue(T0.plusMinutes(1)).orElseThrow();
        assertNotEquals(issued.secret(), sent, "the secret made at issue is never mailed");
        String again = t.reissue(T0.plusMinutes(2)).orElseThrow();
        assertNotEquals(sent, again, "a retried mail carries a new secret, the last one is the one that works");
        assertTrue(t.reissue(T0.plus(TokenPurpose.RESET_PASSWORD.lifetime())).isEmpty(), "expired");
        t.use(T0.plusMinutes(3));
        assertTrue(t.reissue(T0.plusMinutes(4)).isEmpty(), "used or replaced");
    }

    @Test
    void aStoredBodyHoldsAPlaceForTheSecretAndNeverTheSecret() {
        MailMessage m = new MailMessage("anna@tarrega.cat", "ca", "Nova contrasenya",
                "Obriu https://portal/account/reset.xhtml?token=" + MailMessage.SECRET + " (30 minuts)", T0)
                .withSecretOf(7);
        assertEquals(7L, m.getAccountTokenId());
        assertEquals("Obriu https://portal/account/reset.xhtml?token=abc (30 minuts)", m.bodyWith("abc"));
        assertTrue(m.getBody().contains(MailMessage.SECRET));
        assertThrows(IllegalArgumentException.class,
                () -> new MailMessage("anna@tarrega.cat", "ca", "s", "no place", T0).withSecretOf(7));
        m.abandoned("replaced");
        assertEquals(MailStatus.FAILED, m.getStatus());
        assertFalse(m.isBodyPurged());
    }
}
