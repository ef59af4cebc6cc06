package cat.digicanvis.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A one-time link sent by mail. Only the SHA-256 of the secret is stored, so a copy of the database
 * cannot be used to take over accounts; a token works once and only before it expires.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.INVALIDATE_OPEN, query = "UPDATE AccountToken t SET t.usedAt = :now "
        + "WHERE t.account.id = :accountId AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String INVALIDATE_OPEN = "AccountToken.invalidateOpen";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "new_email")
    private String newEmail;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;
    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected AccountToken() {
    }

    private AccountToken(Account account, TokenPurpose purpose, String tokenHash, String newEmail, LocalDateTime now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** A fresh token and the secret to put in the link (the secret is not kept). */
    public static Issued issue(Account account, TokenPurpose purpose, String newEmail, LocalDateTime now) {
        String secret = newSecret();
        return new Issued(new AccountToken(account, purpose, hash(secret), newEmail, now), secret);
    }

    /**
     * A new secret for a link that is still usable (the mail carrying it is being sent now), replacing the one
     * before; nothing when the link was used, replaced or has expired.
     */
    public java.util.Optional<String> reissue(LocalDateTime now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            return java.util.Optional.empty();
        }
        String secret = newSecret();
        tokenHash = hash(secret);
        return java.util.Optional.of(secret);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the link may still be used for this purpose. */
    public boolean usableFor(TokenPurpose expected, LocalDateTime now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(LocalDateTime now) {
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** The stored token with the secret for the mail. */
    public record Issued(AccountToken token, String secret) {
    }
}
