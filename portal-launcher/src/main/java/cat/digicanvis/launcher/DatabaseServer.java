package cat.digicanvis.launcher;

import java.nio.file.Path;

/**
 * Runs only the embedded MariaDB, for {@code bin/test} on a machine without a MariaDB server:
 * {@code DatabaseServer PORT DATA_DIR}. Its account "tests" may make and drop databases; its password is in
 * DATA_DIR/mariadb-credentials.properties ({@code tests.password}). Prints "ready" when it accepts
 * connections, stops on a signal.
 */
public final class DatabaseServer {

    private DatabaseServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[1]), port, "tests", "test",
                EmbeddedDatabase.Scope.ALL_DATABASES);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("Shutdown: " + e.getMessage());
            }
        }));
        System.out.println("ready on port " + port);
        Thread.currentThread().join();
    }
}
