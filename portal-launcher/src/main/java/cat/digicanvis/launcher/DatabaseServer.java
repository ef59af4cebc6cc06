package cat.digicanvis.launcher;

import java.nio.file.Path;

/**
 * Runs only the embedded MariaDB, for {@code bin/test} on a machine without a MariaDB server:
 * {@code DatabaseServer PORT DATA_DIR}. Prints "ready" when it accepts connections, stops on a signal.
 */
public final class DatabaseServer {

    private DatabaseServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[1]), port);
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
