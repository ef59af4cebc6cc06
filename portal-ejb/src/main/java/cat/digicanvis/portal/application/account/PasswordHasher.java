package cat.digicanvis.portal.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2 with HMAC-SHA512, 210,000 iterations and a 32-byte salt (the OWASP Password
 * Storage Cheat Sheet's figure for this algorithm). The hash string carries its parameters, so they can be
 * raised later without breaking stored passwords.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash hash;
    private String dummy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        dummy = hash.generate("not a real password, only to spend the same time".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        return password != null && hash.verify(password.toCharArray(), stored);
    }

    /** Spends the time of a verification when there is no account, so timing does not tell who is registered. */
    public void verifyNothing(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), dummy);
    }
}
