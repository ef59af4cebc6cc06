package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountOrder;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.AccountStatus;
import cat.digicanvis.portal.domain.model.account.ActionCounter;
import cat.digicanvis.portal.domain.model.account.Handles;
import cat.digicanvis.portal.domain.model.account.AccountToken;
import cat.digicanvis.portal.domain.model.account.LoginThrottle;
import cat.digicanvis.portal.domain.model.account.TokenPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    @Override
    public List<Account> search(String text, AccountOrder order, boolean ascending, int first, int max) {
        // the order's field is one of the enum's fixed names, so it can be written into the query
        String by = "a." + order.field() + (ascending ? " ASC" : " DESC");
        return em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) LIKE :pattern OR LOWER(a.displayName) LIKE :pattern"
                        + " ORDER BY " + by + (order == AccountOrder.EMAIL ? "" : ", a.email"), Account.class)
                .setParameter("pattern", LikePatterns.containing(text == null ? "" : text.strip()))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String text) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE LOWER(a.email) LIKE :pattern"
                        + " OR LOWER(a.displayName) LIKE :pattern", Long.class)
                .setParameter("pattern", LikePatterns.containing(text == null ? "" : text.strip())).getSingleResult();
    }

    @Override
    public long countActiveAdministrators() {
        return em.createNamedQuery(Account.COUNT_ADMINISTRATORS, Long.class).getSingleResult();
    }

    @Override
    public List<Account> activeAdministrators() {
        return em.createQuery("SELECT a FROM Account a WHERE a.administrator = TRUE AND a.status = :status"
                + " ORDER BY a.id", Account.class).setParameter("status", AccountStatus.ACTIVE).getResultList();
    }

    @Override
    public void store(Account account) {
        if (account.getId() == null) {
            assignHandle(account);
            em.persist(account);
            em.flush();
        }
    }

    private void assignHandle(Account account) {
        if (account.getHandle() != null) {
            return;
        }
        String base = Handles.base(account.getDisplayName());
        for (int n = 1;; n++) {
            String candidate = Handles.candidate(base, n);
            // the unique key settles a race between two sign-ups taking the same name at once
            if (em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.handle = :h", Long.class)
                    .setParameter("h", candidate).getSingleResult() == 0) {
                account.assignHandle(candidate);
                return;
            }
        }
    }

    @Override
    public Optional<Account> findByHandle(String handle) {
        if (handle == null || handle.length() > Handles.MAX) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.handle = :h", Account.class)
                .setParameter("h", handle.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<Account> mentionable(String prefix, int max) {
        String p = LikePatterns.startingWith(prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT));
        return em.createQuery("SELECT a FROM Account a WHERE a.status = "
                + "cat.digicanvis.portal.domain.model.account.AccountStatus.ACTIVE AND a.handle IS NOT NULL"
                + " AND (a.handle LIKE :p OR LOWER(a.displayName) LIKE :p) ORDER BY a.handle", Account.class)
                .setParameter("p", p).setMaxResults(max).getResultList();
    }

    @Override
    public int assignMissingHandles() {
        List<Account> missing = em.createQuery("SELECT a FROM Account a WHERE a.handle IS NULL ORDER BY a.id",
                Account.class).getResultList();
        for (Account a : missing) {
            assignHandle(a);
            em.flush();
        }
        return missing.size();
    }

    @Override
    public void remove(Account account) {
        em.remove(account);
        em.flush();
    }

    @Override
    public void storeToken(AccountToken token) {
        em.persist(token);
        // the mail that carries its link names it by id
        em.flush();
    }

    @Override
    public Optional<AccountToken> findTokenById(long id) {
        return Optional.ofNullable(em.find(AccountToken.class, id));
    }

    @Override
    public Optional<AccountToken> findToken(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret)).getResultStream().findFirst();
    }

    @Override
    public void invalidateTokens(long accountId, TokenPurpose purpose, LocalDateTime now) {
        em.createNamedQuery(AccountToken.INVALIDATE_OPEN).setParameter("now", now)
                .setParameter("accountId", accountId).setParameter("purpose", purpose).executeUpdate();
    }

    @Override
    public LoginThrottle lockThrottle(String key, LocalDateTime now) {
        return locked(LoginThrottle.class, key, now, "INSERT INTO login_throttle (throttle_key, failures, "
                + "first_failure_at, last_failure_at) VALUES (?1, 0, ?2, ?2) ON DUPLICATE KEY UPDATE failures = failures");
    }

    /**
     * The row of {@code key}, inserted when missing, read under its exclusive lock. ON DUPLICATE KEY takes that lock
     * at once (INSERT IGNORE would take a shared one, and two first inserts would deadlock upgrading it).
     */
    private <T> T locked(Class<T> type, String key, LocalDateTime now, String insertOrKeep) {
        em.createNativeQuery(insertOrKeep).setParameter(1, key).setParameter(2, now).executeUpdate();
        return em.find(type, key, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public ActionCounter lockCounter(String key, LocalDateTime now) {
        return locked(ActionCounter.class, key, now, "INSERT INTO action_counter (counter_key, actions, window_start) "
                + "VALUES (?1, 0, ?2) ON DUPLICATE KEY UPDATE actions = actions");
    }

    @Override
    public int purgeCounters(LocalDateTime before) {
        return em.createNamedQuery(ActionCounter.PURGE).setParameter("before", before).executeUpdate();
    }

    @Override
    public int purgeThrottles(LocalDateTime now) {
        return em.createNamedQuery(LoginThrottle.PURGE).setParameter("before", now.minus(LoginThrottle.WINDOW))
                .setParameter("now", now).executeUpdate();
    }
}
