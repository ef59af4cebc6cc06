package cat.digicanvis.portal.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/** A fresh, empty database on the test MariaDB server (bin/test provides one; see README). */
public final class TestDatabase {

    public static final String SERVER = System.getProperty("portal.test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String USER = System.getProperty("portal.test.db.user", "root");
    public static final String PASSWORD = System.getProperty("portal.test.db.password", "");

    private TestDatabase() {
    }

    /** Drops and creates the database; returns its JDBC URL. */
    public static String recreate(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return SERVER + name;
    }

    public static DataSource dataSource(String url) throws SQLException {
        MariaDbDataSource ds = new MariaDbDataSource();
        ds.setUrl(url);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        return ds;
    }
}
