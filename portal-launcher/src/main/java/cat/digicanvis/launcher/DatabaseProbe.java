package cat.digicanvis.launcher;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Exits 0 when a MariaDB server answers at the URL with the user and password given ({@code bin/test}
 * uses it to decide whether to start the embedded one).
 */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    public static void main(String[] args) {
        try (Connection c = DriverManager.getConnection(args[0] + "?connectTimeout=3000", args[1],
                args.length > 2 ? args[2] : "")) {
            System.exit(c.isValid(3) ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }

    /** Why the server at this URL cannot be used with these credentials, or null when it can. */
    static String refusal(String url, String user, String password) {
        String probe = url + (url.contains("?") ? "&" : "?") + "connectTimeout=5000";
        try (Connection c = DriverManager.getConnection(probe, user, password)) {
            return c.isValid(5) ? null : "the server does not answer";
        } catch (Exception e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        }
    }
}
