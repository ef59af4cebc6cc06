package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.AccountToken;
import cat.digicanvis.portal.domain.model.account.LoginThrottle;
import cat.digicanvis.portal.domain.model.account.TokenPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    public List<Account> search(String text, int first, int max) {
        return em.createNamedQuery(Account.SEARCH, Account.class)
                .setParameter("pattern", LikePatterns.containing(text == null ? "" : text.strip()))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countActiveAdministrators() {
        return em.createNamedQuery(Account.COUNT_ADMINISTRATORS, Long.class).getSingleResult();
    }

    @Override
    public void store(Account account) {
        if (account.getId() == null) {
            em.persist(account);
            em.flush();
        }
    }

    @Override
    public void remove(Account account) {
        em.remove(account);
        em.flush();
    }

    @Override
    public void storeToken(AccountToken token) {
        em.persist(token);
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
    public Optional<LoginThrottle> findThrottle(String key) {
        return Optional.ofNullable(em.find(LoginThrottle.class, key));
    }

    @Override
    public void storeThrottle(LoginThrottle throttle) {
        if (!em.contains(throttle)) {
            em.persist(throttle);
        }
    }
}
