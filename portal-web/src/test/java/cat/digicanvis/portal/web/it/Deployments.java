package cat.digicanvis.portal.web.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds every test deployment the same way: the real portal WAR as Maven packaged it, with a
 * configuration that points it at a fresh database of the test MariaDB server and loads the demo content.
 */
public final class Deployments {

    static final String SERVER = System.getProperty("portal.test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
    static final String ROOT = System.getProperty("portal.test.db.user", "root");
    static final String ROOT_PASSWORD = System.getProperty("portal.test.db.password", "");
    /** The portal connects with a password (an empty one cannot be passed through MicroProfile Config). */
    static final String APP_USER = "digicanvis_it";
    static final String APP_PASSWORD = "digicanvis_it_pw";
    /** The first administrator, configured as an operator would (there is no default one). */
    public static final String ADMIN_EMAIL = "admin@it.digicanvis.test";
    public static final String ADMIN_PASSWORD = "Garrotxa-volcans-2026-it";

    private Deployments() {
    }

    public static WebArchive portal(String database, Class<?>... testClasses) {
        String url = recreate(database);
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
        war.addAsResource(new StringAsset(String.join("\n",
                "config_ordinal=500",
                "portal.db.url=" + url,
                "portal.db.user=" + APP_USER,
                "portal.db.password=" + APP_PASSWORD,
                "portal.demo.enabled=true",
                "portal.admin.email=" + ADMIN_EMAIL,
                "portal.admin.password=" + ADMIN_PASSWORD,
                "portal.mail.host=127.0.0.1",
                "portal.mail.port=" + Mailbox.port(),
                "portal.mail.reply-address=" + Mailbox.REPLY_ADDRESS,
                "portal.mail.imap.host=127.0.0.1",
                "portal.mail.imap.port=" + Mailbox.imapPort(),
                "portal.mail.imap.ssl=false",
                "portal.mail.imap.password=" + Mailbox.IMAP_PASSWORD,
                "portal.mail.imap.poll-seconds=2",
                "portal.base-url=http://portal.it.test",
                "portal.upload.max-bytes=200000")), "META-INF/microprofile-config.properties");
        war.addClasses(testClasses);
        war.addClass(Deployments.class);
        war.addClass(Mailbox.class);
        return war;
    }

    /** Drops and creates the database and lets the application user into it; returns its URL. */
    static String recreate(String database) {
        try (Connection c = DriverManager.getConnection(SERVER, ROOT, ROOT_PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                s.execute("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '"
                        + APP_PASSWORD + "'");
                s.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + APP_USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test database " + database + " on " + SERVER, e);
        }
        return SERVER + database;
    }
}
