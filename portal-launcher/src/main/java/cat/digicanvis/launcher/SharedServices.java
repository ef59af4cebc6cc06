package cat.digicanvis.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every node of the portal shares, started or checked once: the database (the embedded MariaDB, or the
 * server PORTAL_DB_URL names, checked before any node starts), the mail server (an embedded GreenMail unless
 * PORTAL_MAIL_HOST is set) and the first administrator. Gives each node its system properties and, for secrets,
 * its environment (which {@code ps} does not show). Stops what it started when the JVM ends.
 */
final class SharedServices {

    final List<String> properties = new ArrayList<>();
    final Map<String, String> secrets = new HashMap<>();
    final FirstAdministrator admin;

    private SharedServices(FirstAdministrator admin) {
        this.admin = admin;
    }

    /** How to sign in as the first administrator at the portal's address {@code url}. */
    String signInHint(String url) {
        return "Administrator: sign in at " + url + "account/login.xhtml as " + admin.email() + " with the password "
                + admin.where() + ".";
    }

    /** Exits the JVM with a message when the database given cannot be used. */
    static SharedServices start(Map<String, String> env, Path dataDir, String baseUrl) throws Exception {
        String dbUrl = env.get("PORTAL_DB_URL");
        String dbUser = env.getOrDefault("PORTAL_DB_USER", "digicanvis");
        String dbPassword = env.get("PORTAL_DB_PASSWORD");
        if (dbUrl != null && !dbUrl.isBlank() && (dbPassword == null || dbPassword.isEmpty())) {
            // no built-in default: a server of one's own has a password of its own (and MicroProfile Config would
            // take an empty one as none given)
            System.err.println("PORTAL_DB_URL is set but PORTAL_DB_PASSWORD is " + (dbPassword == null ? "not" : "empty")
                    + ": set it to the password of " + dbUser + " on that server (an account without a password is"
                    + " not accepted).");
            System.exit(2);
        }
        if (dbUrl != null && !dbUrl.isBlank()) {
            // a server that refuses us or does not answer is said now, not as a portal that answers 404
            String refused = DatabaseProbe.refusal(dbUrl, dbUser, dbPassword);
            if (refused != null) {
                System.err.println("Cannot use the database at " + dbUrl + " as " + dbUser + ": " + refused);
                System.err.println("Check PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD, and that the server runs.");
                System.exit(2);
            }
        } else {
            int dbPort = Integer.parseInt(env.getOrDefault("PORTAL_DB_PORT", Integer.toString(PortalLauncher.freePort())));
            System.out.println("Starting the embedded MariaDB (data in " + dataDir.resolve("mariadb-data") + ") ...");
            EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, dbPort, "digicanvis", "digicanvis",
                    EmbeddedDatabase.Scope.ONE_DATABASE);
            // stops the database however the launcher ends (Ctrl+C, error, Payara failing to start)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.close();
                } catch (Exception e) {
                    System.err.println("Database shutdown: " + e.getMessage());
                }
            }));
            dbUrl = "jdbc:mariadb://127.0.0.1:" + dbPort + "/digicanvis";
            dbUser = db.user();
            dbPassword = db.password();
        }
        FirstAdministrator admin = FirstAdministrator.resolve(env, dataDir);
        SharedServices s = new SharedServices(admin);
        s.properties.add("-Dportal.db.url=" + dbUrl);
        s.properties.add("-Dportal.db.user=" + dbUser);
        // MicroProfile Config reads PORTAL_DB_PASSWORD as portal.db.password
        s.secrets.put("PORTAL_DB_PASSWORD", dbPassword);
        s.properties.add("-Dportal.demo.enabled=" + env.getOrDefault("PORTAL_DEMO", "true"));
        s.properties.add("-Dportal.base-url=" + baseUrl);
        String mailHost = env.get("PORTAL_MAIL_HOST");
        String mailPort = env.get("PORTAL_MAIL_PORT");
        if (mailHost == null || mailHost.isBlank()) {
            // no SMTP server given: an embedded one (GreenMail) catches the mail, and its IMAP serves the reply
            // mailbox, so that answering a forum mail by mail works here as with a real server
            int smtp = Integer.parseInt(env.getOrDefault("PORTAL_SMTP_PORT", Integer.toString(PortalLauncher.freePort())));
            int imap = Integer.parseInt(env.getOrDefault("PORTAL_IMAP_PORT", Integer.toString(PortalLauncher.freePort())));
            GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
            String replyAddress = env.getOrDefault("PORTAL_MAIL_REPLY_ADDRESS", "forum@digicanvis.localhost");
            String imapPassword = Long.toHexString(new java.security.SecureRandom().nextLong());
            EmbeddedMail.subaddressing(greenMail, replyAddress, imapPassword);
            mailHost = "127.0.0.1";
            mailPort = Integer.toString(smtp);
            s.properties.add("-Dportal.mail.imap.host=127.0.0.1");
            s.properties.add("-Dportal.mail.imap.port=" + imap);
            s.properties.add("-Dportal.mail.imap.ssl=false");
            s.properties.add("-Dportal.mail.imap.user=" + replyAddress);
            s.properties.add("-Dportal.mail.reply-address=" + replyAddress);
            s.secrets.put("PORTAL_MAIL_IMAP_PASSWORD", imapPassword);
            System.out.println("Embedded mail server (GreenMail): SMTP 127.0.0.1:" + smtp + ", IMAP 127.0.0.1:" + imap
                    + " (each address's mailbox: user and password are the address itself)");
        }
        s.properties.add("-Dportal.mail.host=" + mailHost);
        s.properties.add("-Dportal.mail.port=" + (mailPort == null ? "25" : mailPort));
        s.properties.add("-Dportal.admin.email=" + admin.email());
        s.secrets.put("PORTAL_ADMIN_PASSWORD", admin.password());
        s.properties.add("-Dportal.synthetic.sheets=" + env.getOrDefault("PORTAL_SYNTHETIC_SHEETS", "0"));
        s.properties.add("-Dportal.synthetic.forum-topics=" + env.getOrDefault("PORTAL_SYNTHETIC_FORUM_TOPICS", "0"));
        s.properties.add("-Dportal.synthetic.digest-readers=" + env.getOrDefault("PORTAL_SYNTHETIC_DIGEST_READERS", "0"));
        s.properties.add("-Dportal.page-cache.enabled=" + env.getOrDefault("PORTAL_PAGE_CACHE", "true"));
        return s;
    }
}
