package cat.digicanvis.portal.domain.model.forum;

import cat.digicanvis.portal.domain.model.account.Actor;

/**
 * Who may do something in a category: everyone (reading only; anonymous visitors included), any signed-in
 * person (whose email is verified, or they could not sign in), verified members of a body, or the staff.
 */
public enum CategoryAccess {
    EVERYONE,
    VERIFIED,
    MEMBERS,
    STAFF;

    public boolean allows(Actor actor) {
        return switch (this) {
            case EVERYONE -> true;
            case VERIFIED -> actor.isSignedIn();
            case MEMBERS -> actor.isSignedIn() && (!actor.memberOf().isEmpty() || actor.isEditor());
            case STAFF -> actor.isSignedIn() && actor.isEditor();
        };
    }
}
