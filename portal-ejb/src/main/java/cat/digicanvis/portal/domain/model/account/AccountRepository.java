package cat.digicanvis.portal.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByEmail(String email);

    List<Account> search(String text, int first, int max);

    long countActiveAdministrators();

    void store(Account account);

    void remove(Account account);

    void storeToken(AccountToken token);

    Optional<AccountToken> findToken(String secret);

    /** Makes every open link of this purpose unusable (a new one replaces them). */
    void invalidateTokens(long accountId, TokenPurpose purpose, java.time.LocalDateTime now);

    Optional<LoginThrottle> findThrottle(String key);

    void storeThrottle(LoginThrottle throttle);
}
