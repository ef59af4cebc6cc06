package cat.digicanvis.portal.domain.model.account;

import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking, as the server knows it for this request: an account (or nobody), its roles and the bodies
 * it is a verified member of. The portal's authorisation rules live here, so that every service applies the
 * same ones.
 */
public record Actor(Long accountId, String email, String displayName, String language, boolean moderator,
        boolean administrator, Set<Long> memberOf) implements Serializable {

    public static final Actor ANONYMOUS = new Actor(null, null, null, null, false, false, Set.of());
    /** The portal itself, loading demo content at start (account number 0 is nobody's). */
    public static final Actor SYSTEM = new Actor(0L, "system", "DigiCanvis", "ca", true, true, Set.of());

    public Actor {
        memberOf = memberOf == null ? Set.of() : Set.copyOf(memberOf);
    }

    public static Actor of(Account a, Set<Long> memberOf) {
        return new Actor(a.getId(), a.getEmail(), a.getDisplayName(), a.getLanguage(), a.isModerator(),
                a.isAdministrator(), memberOf);
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    /** Moderators and administrators review sheets and edit any of them. */
    public boolean isEditor() {
        return moderator || administrator;
    }

    /** Verified members of some body (and the staff) see contact emails and phones. */
    public boolean maySeeContactDetails() {
        return isSignedIn() && (!memberOf.isEmpty() || isEditor());
    }

    /** Members write sheets led by their own bodies; editors write any. */
    public boolean mayWriteFor(Long leadBodyId) {
        return isSignedIn() && (isEditor() || leadBodyId != null && memberOf.contains(leadBodyId));
    }

    public boolean mayWriteSomewhere() {
        return isSignedIn() && (isEditor() || !memberOf.isEmpty());
    }

    /**
     * The one rule for acting in a body's name (its profile, its marks on sheets, its requests to other bodies):
     * only its verified members, administrators included, may.
     */
    public boolean mayActFor(long bodyId) {
        return isSignedIn() && memberOf.contains(bodyId);
    }

    /** A body's profile and recommendations are read by its members, and by administrators (to help them). */
    public boolean maySeeFor(long bodyId) {
        return mayActFor(bodyId) || isSignedIn() && administrator;
    }

    public boolean mayAdminister() {
        return isSignedIn() && administrator;
    }

    public void require(boolean allowed, String action) {
        if (!allowed) {
            throw new AccessDeniedException(action);
        }
    }
}
