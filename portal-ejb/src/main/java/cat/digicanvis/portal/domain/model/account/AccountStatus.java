package cat.digicanvis.portal.domain.model.account;

/** An account can sign in only once its email is verified, and never while an administrator disabled it. */
public enum AccountStatus {
    UNVERIFIED,
    ACTIVE,
    DISABLED
}
