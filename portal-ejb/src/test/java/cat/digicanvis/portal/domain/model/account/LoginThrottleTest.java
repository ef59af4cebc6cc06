package cat.digicanvis.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 26, 10, 0);

    @Test
    void twoFailuresCostNothingThenEachAttemptWaitsLongerThenTheKeyLocks() {
        LoginThrottle t = new LoginThrottle("email:a@b.cat", T0);
        assertFalse(t.fail(T0, LoginThrottle.EMAIL_LIMIT));
        assertFalse(t.fail(T0, LoginThrottle.EMAIL_LIMIT));
        assertEquals(LoginThrottle.Verdict.Kind.ALLOWED, t.check(T0).kind());
        assertFalse(t.fail(T0, LoginThrottle.EMAIL_LIMIT));
        LoginThrottle.Verdict v = t.check(T0.plusSeconds(1));
        assertEquals(LoginThrottle.Verdict.Kind.WAIT, v.kind());
        assertEquals(Duration.ofSeconds(1), v.remaining());
        assertEquals(LoginThrottle.Verdict.Kind.ALLOWED, t.check(T0.plusSeconds(2)).kind());
        assertFalse(t.fail(T0.plusSeconds(2), LoginThrottle.EMAIL_LIMIT));
        assertEquals(LoginThrottle.Verdict.Kind.WAIT, t.check(T0.plusSeconds(5)).kind());
        assertEquals(LoginThrottle.Verdict.Kind.ALLOWED, t.check(T0.plusSeconds(6)).kind());
        assertTrue(t.fail(T0.plusSeconds(6), LoginThrottle.EMAIL_LIMIT), "the fifth failure locks");
        LoginThrottle.Verdict locked = t.check(T0.plusSeconds(7));
        assertEquals(LoginThrottle.Verdict.Kind.LOCKED, locked.kind());
        assertEquals(LoginThrottle.LOCK.minusSeconds(1), locked.remaining());
        assertEquals(LoginThrottle.Verdict.Kind.ALLOWED,
                t.check(T0.plusSeconds(6).plus(LoginThrottle.LOCK)).kind(), "the lock ends");
    }

    @Test
    void delaysGrowAndAreCapped() {
        assertEquals(2, LoginThrottle.delaySeconds(3));
        assertEquals(4, LoginThrottle.delaySeconds(4));
        assertEquals(LoginThrottle.DELAY_MAX_SECONDS, LoginThrottle.delaySeconds(19));
    }

    @Test
    void oldFailuresAreForgotten() {
        LoginThrottle t = new LoginThrottle("addr:10.0.0.1", T0);
        for (int i = 0; i < 4; i++) {
            t.fail(T0, LoginThrottle.EMAIL_LIMIT);
        }
        LocalDateTime later = T0.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertEquals(LoginThrottle.Verdict.Kind.ALLOWED, t.check(later).kind());
        assertFalse(t.fail(later, LoginThrottle.EMAIL_LIMIT));
        assertEquals(1, t.getFailures());
    }

    @Test
    void theStricterVerdictWins() {
        LoginThrottle.Verdict wait = new LoginThrottle.Verdict(LoginThrottle.Verdict.Kind.WAIT, Duration.ofSeconds(8));
        LoginThrottle.Verdict lock = new LoginThrottle.Verdict(LoginThrottle.Verdict.Kind.LOCKED, Duration.ofSeconds(3));
        assertEquals(lock, wait.max(lock));
        assertEquals(wait, LoginThrottle.Verdict.ALLOWED.max(wait));
    }
}
