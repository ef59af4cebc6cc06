package cat.digicanvis.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The first administrator of a local run: from PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD when set;
 * otherwise a random password is generated once, kept readable only by the owner in the data directory,
 * and printed at start. The code holds no default password.
 */
record FirstAdministrator(String email, String password, String where) {

    private static final String WORDS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static FirstAdministrator resolve(Map<String, String> env, Path dataDir) throws IOException {
        String email = env.getOrDefault("PORTAL_ADMIN_EMAIL", "admin@digicanvis.localhost");
        String given = env.get("PORTAL_ADMIN_PASSWORD");
        if (given != null && !given.isBlank()) {
            return new FirstAdministrator(email, given, "in PORTAL_ADMIN_PASSWORD");
        }
        Path file = dataDir.resolve("first-admin-password.txt");
        if (!Files.exists(file)) {
            SecureRandom random = new SecureRandom();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                if (i > 0 && i % 5 == 0) {
                    b.append('-');
                }
                b.append(WORDS.charAt(random.nextInt(WORDS.length())));
            }
            // readable by its owner only from its creation on (as the database's credentials)
            EmbeddedDatabase.writePrivate(file, b + "\n");
        }
        String password = Files.readString(file).strip();
        return new FirstAdministrator(email, password, password + " (kept in " + file + ")");
    }
}
