package cat.digicanvis.portal.domain.model.account;

import java.time.Duration;

/** What a mailed link is for, and how long it stays valid. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1)),
    CHANGE_EMAIL(Duration.ofHours(24));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
