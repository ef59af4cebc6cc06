package cat.digicanvis.portal.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.ActionCounter;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sign-up must not tell who is registered: not by its answer (tested against the portal in AccessIT), and not
 * by its time, which the slow hash dominates. The repository, hasher and outbox are stand-ins here only to
 * count what each path does.
 */
class SignUpAnswersAlikeTest {

    static final String PASSWORD = "Priorat-vinyes-velles-77";

    /** Counts the slow hashes (and does not spend their time). */
    static class CountingHasher extends PasswordHasher {
        int hashes;

        @Override
        public String hash(String password) {
            hashes++;
            return "pbkdf2:" + password.length();
        }
    }

    /** The mails queued, as template key and arguments. */
    static class Outbox extends MailService {
        final List<List<Object>> queued = new ArrayList<>();

        @Override
        public void queue(String recipient, String language, String key, Object... args) {
            List<Object> m = new ArrayList<>(List.of(recipient, key));
            m.addAll(Arrays.asList(args));
            queued.add(m);
        }

        @Override
        public void queueWithSecret(long tokenId, String recipient, String language, String key, Object... args) {
            queue(recipient, language, key, args);
        }

        @Override
        public String link(String pathAndQuery) {
            return "https://portal.test" + pathAndQuery;
        }
    }

    static AccountService service(CountingHasher hasher, Outbox outbox, String registered) {
        AccountService s = new AccountService();
        s.hasher = hasher;
        s.mail = outbox;
        s.accounts = (AccountRepository) Proxy.newProxyInstance(AccountRepository.class.getClassLoader(),
                new Class<?>[] {AccountRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "findByEmail" -> registered.equals(args[0])
                            ? Optional.of(new Account(registered, "Anna", "h", "ca", LocalDateTime.now()))
                            : Optional.empty();
                    case "lockCounter" -> new ActionCounter((String) args[0], (LocalDateTime) args[1]);
                    case "store", "storeToken" -> stored(args[0]);
                    default -> null;
                });
        return s;
    }

    /** What the database would do at insert: give the row its id. */
    static Object stored(Object entity) throws ReflectiveOperationException {
        java.lang.reflect.Field id = entity.getClass().getDeclaredField("id");
        id.setAccessible(true);
        id.set(entity, 1L);
        return null;
    }

    @Test
    void aRegisteredEmailAndANewOneCostTheSameSlowHash() {
        for (String email : new String[] {"anna@tarrega.cat", "nova@tarrega.cat"}) {
            CountingHasher hasher = new CountingHasher();
            Outbox outbox = new Outbox();
            service(hasher, outbox, "anna@tarrega.cat").signUp(email, "<b>Compreu ara</b>", PASSWORD, PASSWORD, "ca",
                    "10.1.1.1");
            assertEquals(1, hasher.hashes, email);
            assertEquals(1, outbox.queued.size(), email);
        }
    }

    @Test
    void theNameTypedAtSignUpNeverReachesTheAddress() {
        for (String email : new String[] {"anna@tarrega.cat", "nova@tarrega.cat"}) {
            Outbox outbox = new Outbox();
            service(new CountingHasher(), outbox, "anna@tarrega.cat").signUp(email, "Compreu a spam.example", PASSWORD,
                    PASSWORD, "ca", "10.1.1.1");
            List<Object> mail = outbox.queued.get(0);
            assertNull(mail.get(2), "no name in " + mail.get(1));
            assertFalse(mail.toString().contains("spam.example"), mail.toString());
        }
    }
}
