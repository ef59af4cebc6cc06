package cat.digicanvis.portal.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByEmail(String email);

    /** Accounts whose address or name contains the text, in that order (then by address), a page at a time. */
    List<Account> search(String text, AccountOrder order, boolean ascending, int first, int max);

    /** How many accounts {@link #search} finds in all. */
    long count(String text);

    long countActiveAdministrators();

    /** The administrators who can sign in (copied on reminders about requests nobody answers). */
    List<Account> activeAdministrators();

    /** Stores a new account and gives it a free handle (see {@link Handles}). */
    void store(Account account);

    Optional<Account> findByHandle(String handle);

    /** Active accounts whose handle or name starts with the text, for the @mention picker. */
    List<Account> mentionable(String prefix, int max);

    /** Gives a handle to every account that has none yet (accounts older than handles); returns how many. */
    int assignMissingHandles();

    void remove(Account account);

    void storeToken(AccountToken token);

    Optional<AccountToken> findToken(String secret);

    Optional<AccountToken> findTokenById(long id);

    /** Makes every open link of this purpose unusable (a new one replaces them). */
    void invalidateTokens(long accountId, TokenPurpose purpose, java.time.LocalDateTime now);

    /**
     * The throttle of one key, created when absent, locked until the transaction ends: parallel attempts on
     * one key wait for each other, so each sees the failures counted before it.
     */
    LoginThrottle lockThrottle(String key, java.time.LocalDateTime now);

    /** Removes the throttles that no longer hold anything back (their window and lock are over). */
    int purgeThrottles(java.time.LocalDateTime now);

    /** The counter of one key, created when absent, locked until the transaction ends (as a throttle). */
    ActionCounter lockCounter(String key, java.time.LocalDateTime now);

    /** Removes the counters whose window started before {@code before}. */
    int purgeCounters(java.time.LocalDateTime before);
}
