package cat.digicanvis.portal.application.account;

import cat.digicanvis.portal.domain.model.account.Actor;
import java.io.Serializable;

/**
 * The answer to a sign-in: signed in (with the account's session epoch), or refused with a reason that
 * says nothing about whether the email is registered ({@code WRONG} covers unknown emails too), or a wait.
 */
public record SignInOutcome(Kind kind, Actor actor, int sessionEpoch, long waitSeconds) implements Serializable {

    public enum Kind { SIGNED_IN, WRONG, WAIT, LOCKED, UNVERIFIED, DISABLED }

    static SignInOutcome of(Kind kind) {
        return new SignInOutcome(kind, null, 0, 0);
    }

    static SignInOutcome waiting(Kind kind, long seconds) {
        return new SignInOutcome(kind, null, 0, seconds);
    }
}
