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
}
