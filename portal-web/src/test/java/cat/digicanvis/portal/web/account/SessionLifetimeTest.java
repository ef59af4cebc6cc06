package cat.digicanvis.portal.web.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    @Test
    void aSessionEndsTwelveHoursAfterItsSignInHoweverActive() {
        long signedIn = 1_000_000_000L;
        long lifetime = Sessions.ABSOLUTE_LIFETIME.toMillis();
        assertFalse(Sessions.outlived(signedIn, signedIn + lifetime - 1));
        assertTrue(Sessions.outlived(signedIn, signedIn + lifetime));
        assertTrue(Sessions.outlived(null, signedIn), "a session that does not say when it began has ended");
    }
}
