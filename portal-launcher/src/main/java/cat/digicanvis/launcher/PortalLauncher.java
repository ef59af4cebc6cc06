package cat.digicanvis.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String baseUrl = env.getOrDefault("PORTAL_BASE_URL", "http://localhost:" + port);
        SharedServices shared = SharedServices.start(env, dataDir, baseUrl);

        System.out.println("Starting Payara Micro (log in " + dataDir.resolve("payara.log") + ") ...");
        PayaraNode node = PayaraNode.start("portal", home, dataDir, env, shared, port, List.of());
        String failure = node.awaitServing(600_000);
        if (failure != null) {
            System.err.println(failure);
            System.exit(1);
        }
        String url = "http://localhost:" + port + "/";
        System.out.println();
        System.out.println("DigiCanvis Observatory is running at " + url);
        System.out.println(shared.signInHint(url));
        System.out.println("Press Ctrl+C to stop it.");
        System.exit(node.process().waitFor());
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
     * Commands Payara Micro runs on its configuration before it boots (set there, the HTTP listener is not restarted
     * under a starting application, as a post-boot change of its settings once did): pages, styles, scripts and the
     * map's boundaries are sent compressed (gzip) to browsers that accept it; files people upload are not (they are
     * mostly compressed already, and are served in ranges). A node that runs alone keeps its sessions in its own
     * memory: the data grid's session store (which the WAR's {@code <distributable/>} asks for) is for nodes that can
     * take over each other's sessions.
     */
    static java.nio.file.Path bootCommands(java.nio.file.Path dataDir, boolean clustered) throws java.io.IOException {
        String http = "configs.config.server-config.network-config.protocols.protocol.http-listener.http";
        java.nio.file.Path file = dataDir.resolve("pre-boot-commands.asadmin");
        List<String> commands = new java.util.ArrayList<>(List.of(
                "set " + http + ".compression=on",
                "set " + http + ".compressable-mime-type=text/html,text/css,text/javascript,application/javascript,"
                        + "application/json,application/atom+xml,image/svg+xml,text/csv,text/plain",
                "set " + http + ".compression-min-size-bytes=1024"));
        if (!clustered) {
            commands.add(SINGLE_NODE_SESSIONS);
        }
        commands.add("");
        java.nio.file.Files.writeString(file, String.join("\n", commands));
        return file;
    }

    /** Sessions in the node's memory (also in the Arquillian tests' post-boot file, src/test/payara/single-node.asadmin). */
    static final String SINGLE_NODE_SESSIONS =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false";
}
