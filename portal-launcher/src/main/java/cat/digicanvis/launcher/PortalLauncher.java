package cat.digicanvis.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/run}: starts the portal on Payara Micro with an embedded MariaDB (or the server that
 * PORTAL_DB_URL names), loads the reference data and the demo content, and prints the address.
 *
 * <p>Settings, from the environment: PORT (8080), PORTAL_DATA_DIR (./data), PORTAL_DB_URL,
 * PORTAL_DB_USER, PORTAL_DB_PASSWORD, PORTAL_DEMO (true), PORTAL_SYNTHETIC_SHEETS (0, benchmarks only).
 */
public final class PortalLauncher {

    private PortalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = Path.of(System.getProperty("portal.home", ".")).toAbsolutePath().normalize();
        int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
        Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", home.resolve("data").toString())).toAbsolutePath();
        Files.createDirectories(dataDir);

        String dbUrl = env.get("PORTAL_DB_URL");
        String dbUser = env.getOrDefault("PORTAL_DB_USER", "digicanvis");
        String dbPassword = env.get("PORTAL_DB_PASSWORD");
        EmbeddedDatabase db = null;
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
        }
        if (dbUrl == null || dbUrl.isBlank()) {
            int dbPort = Integer.parseInt(env.getOrDefault("PORTAL_DB_PORT", Integer.toString(freePort())));
            System.out.println("Starting the embedded MariaDB (data in " + dataDir.resolve("mariadb-data") + ") ...");
            db = EmbeddedDatabase.start(dataDir, dbPort, "digicanvis", "digicanvis", EmbeddedDatabase.Scope.ONE_DATABASE);
            EmbeddedDatabase started = db;
            // stops the database however the launcher ends (Ctrl+C, error, Payara failing to start)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception e) {
                    System.err.println("Database shutdown: " + e.getMessage());
                }
            }));
            dbUrl = "jdbc:mariadb://127.0.0.1:" + dbPort + "/digicanvis";
            dbUser = db.user();
            dbPassword = db.password();
        }

        Path runtime = home.resolve("portal-launcher/target/runtime");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + env.getOrDefault("PORTAL_HEAP", "1g"));
        // extra JVM options for Payara (a profiler's, say), separated by spaces
        for (String option : env.getOrDefault("PORTAL_JAVA_OPTS", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                cmd.add(option);
            }
        }
        cmd.add("-Dportal.db.url=" + dbUrl);
        cmd.add("-Dportal.db.user=" + dbUser);
        cmd.add("-Dportal.demo.enabled=" + env.getOrDefault("PORTAL_DEMO", "true"));
        String baseUrl = env.getOrDefault("PORTAL_BASE_URL", "http://localhost:" + port);
        cmd.add("-Dportal.base-url=" + baseUrl);
        String mailHost = env.get("PORTAL_MAIL_HOST");
        String mailPort = env.get("PORTAL_MAIL_PORT");
        String imapPassword = null;
        if (mailHost == null || mailHost.isBlank()) {
            // no SMTP server given: an embedded one (GreenMail) catches the mail, and its IMAP serves the reply
            // mailbox, so that answering a forum mail by mail works here as with a real server
            int smtp = Integer.parseInt(env.getOrDefault("PORTAL_SMTP_PORT", Integer.toString(freePort())));
            int imap = Integer.parseInt(env.getOrDefault("PORTAL_IMAP_PORT", Integer.toString(freePort())));
            GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
            String replyAddress = env.getOrDefault("PORTAL_MAIL_REPLY_ADDRESS", "forum@digicanvis.localhost");
            imapPassword = Long.toHexString(new java.security.SecureRandom().nextLong());
            EmbeddedMail.subaddressing(greenMail, replyAddress, imapPassword);
            mailHost = "127.0.0.1";
            mailPort = Integer.toString(smtp);
            cmd.add("-Dportal.mail.imap.host=127.0.0.1");
            cmd.add("-Dportal.mail.imap.port=" + imap);
            cmd.add("-Dportal.mail.imap.ssl=false");
            cmd.add("-Dportal.mail.imap.user=" + replyAddress);
            cmd.add("-Dportal.mail.reply-address=" + replyAddress);
            System.out.println("Embedded mail server (GreenMail): SMTP 127.0.0.1:" + smtp + ", IMAP 127.0.0.1:" + imap
                    + " (each address's mailbox: user and password are the address itself)");
        }
        cmd.add("-Dportal.mail.host=" + mailHost);
        cmd.add("-Dportal.mail.port=" + (mailPort == null ? "25" : mailPort));
        FirstAdministrator admin = FirstAdministrator.resolve(env, dataDir);
        cmd.add("-Dportal.admin.email=" + admin.email());
        cmd.add("-Dportal.synthetic.sheets=" + env.getOrDefault("PORTAL_SYNTHETIC_SHEETS", "0"));
        cmd.add("-Dportal.synthetic.forum-topics=" + env.getOrDefault("PORTAL_SYNTHETIC_FORUM_TOPICS", "0"));
        cmd.add("-Dportal.synthetic.digest-readers=" + env.getOrDefault("PORTAL_SYNTHETIC_DIGEST_READERS", "0"));
        cmd.add("-Dportal.page-cache.enabled=" + env.getOrDefault("PORTAL_PAGE_CACHE", "true"));
        cmd.add("-jar");
        cmd.add(runtime.resolve("payara-micro.jar").toString());
        cmd.add("--deploy");
        cmd.add(runtime.resolve("portal.war").toString());
        cmd.add("--contextroot");
        cmd.add("/");
        cmd.add("--port");
        cmd.add(Integer.toString(port));
        cmd.add("--nocluster");
        cmd.add("--rootdir");
        cmd.add(dataDir.resolve("payara").toString());
        cmd.add("--postbootcommandfile");
        cmd.add(postBootCommands(dataDir).toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // passwords go through the environment, not the command line that ps shows (MicroProfile Config reads
        // PORTAL_DB_PASSWORD as portal.db.password)
        pb.environment().put("PORTAL_ADMIN_PASSWORD", admin.password());
        pb.environment().put("PORTAL_DB_PASSWORD", dbPassword);
        if (imapPassword != null) {
            pb.environment().put("PORTAL_MAIL_IMAP_PASSWORD", imapPassword);
        }
        pb.redirectOutput(dataDir.resolve("payara.log").toFile());
        System.out.println("Starting Payara Micro (log in " + dataDir.resolve("payara.log") + ") ...");
        Process payara = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.destroy();
            try {
                payara.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));

        String url = "http://localhost:" + port + "/";
        Path log = dataDir.resolve("payara.log");
        long deadline = System.currentTimeMillis() + 600_000;
        long deployedAt = 0;
        while (System.currentTimeMillis() < deadline && payara.isAlive()) {
            String written = Files.exists(log) ? Files.readString(log) : "";
            if (deployedAt == 0 && java.util.regex.Pattern.compile("Payara Micro [^\\n]* ready in").matcher(written).find()) {
                deployedAt = System.currentTimeMillis();
            }
            // Payara stays up when the portal fails to deploy, and then answers 404 to everything: say why and stop
            if (written.contains("Exception while loading the app") || written.contains("Deployed 0 archive")
                    || deployedAt > 0 && System.currentTimeMillis() - deployedAt > 30_000) {
                System.err.println("The portal failed to start" + firstError(written).map(e -> ": " + e).orElse("")
                        + "\nSee " + log);
                payara.destroy();
                System.exit(1);
            }
            if (answers(url)) {
                System.out.println();
                System.out.println("DigiCanvis Observatory is running at " + url);
                System.out.println("Administrator: sign in at " + url + "account/login.xhtml as " + admin.email()
                        + " with the password " + admin.where() + ".");
                System.out.println("Press Ctrl+C to stop it.");
                break;
            }
            Thread.sleep(1000);
        }
        if (!payara.isAlive()) {
            System.err.println("Payara Micro stopped; see " + dataDir.resolve("payara.log"));
            System.exit(1);
        }
        int exit = payara.waitFor();
        System.exit(exit);
    }

    /** The first cause the log gives for a failure (its deepest "Caused by", else its first SEVERE line). */
    static java.util.Optional<String> firstError(String log) {
        String found = null;
        for (String line : log.split("\n")) {
            String l = line.strip();
            if (l.startsWith("Caused by: ")) {
                found = l.substring("Caused by: ".length());
            }
        }
        if (found == null) {
            for (String line : log.split("\n")) {
                if (line.contains("SEVERE") || line.contains("Exception")) {
                    found = line.strip();
                    break;
                }
            }
        }
        return java.util.Optional.ofNullable(found).map(f -> f.length() > 400 ? f.substring(0, 400) + "…" : f);
    }

    static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(10000);
            int status = c.getResponseCode();
            c.disconnect();
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Commands Payara Micro runs once started: pages, styles, scripts and the map's boundaries are sent compressed
     * (gzip) to browsers that accept it; files people upload are not (they are mostly compressed already, and are
     * served in ranges).
     */
    static java.nio.file.Path postBootCommands(java.nio.file.Path dataDir) throws java.io.IOException {
        String http = "configs.config.server-config.network-config.protocols.protocol.http-listener.http";
        java.nio.file.Path file = dataDir.resolve("post-boot-commands.asadmin");
        java.nio.file.Files.writeString(file, String.join("\n",
                "set " + http + ".compression=on",
                "set " + http + ".compressable-mime-type=text/html,text/css,text/javascript,application/javascript,"
                        + "application/json,application/atom+xml,image/svg+xml,text/csv,text/plain",
                "set " + http + ".compression-min-size-bytes=1024", ""));
        return file;
    }
}
