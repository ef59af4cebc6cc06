package cat.digicanvis.portal.application.account;

import cat.digicanvis.portal.domain.model.account.AccountStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

public record AccountView(long id, int version, String email, String displayName, String language,
        AccountStatus status, boolean moderator, boolean administrator, LocalDateTime createdAt,
        LocalDateTime lastLoginAt, String handle) implements Serializable {

    static AccountView of(cat.digicanvis.portal.domain.model.account.Account a) {
        return new AccountView(a.getId(), a.getVersion(), a.getEmail(), a.getDisplayName(), a.getLanguage(),
                a.getStatus(), a.isModerator(), a.isAdministrator(), a.getCreatedAt(), a.getLastLoginAt(),
                a.getHandle());
    }
}
