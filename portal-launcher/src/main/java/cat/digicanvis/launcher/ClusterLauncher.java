package cat.digicanvis.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/cluster}: the portal on two Payara Micro nodes that form one data grid (Payara's Hazelcast), behind
 * HAProxy. HAProxy answers on PORT (8080) and the nodes on PORT+1 and PORT+2; the database and the mail server
 * are shared as with {@code bin/run} (embedded, or PORTAL_DB_* and PORTAL_MAIL_*). The data grid's members find
 * each other by TCP/IP on the loopback interface (ports PORTAL_GRID_PORT and the next, 6900 by default). Each
 * node's files and log are in PORTAL_DATA_DIR/node1 and node2. Everything stops on Ctrl+C.
 */
public final class ClusterLauncher {

    static final int NODES = 2;

    private ClusterLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = Path.of(System.getProperty("portal.home", ".")).toAbsolutePath().normalize();
        int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
        int gridPort = Integer.parseInt(env.getOrDefault("PORTAL_GRID_PORT", "6900"));
        Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", home.resolve("data").toString())).toAbsolutePath();
        Files.createDirectories(dataDir);
        String haproxy = env.getOrDefault("HAPROXY", "haproxy");
        String baseUrl = env.getOrDefault("PORTAL_BASE_URL", "http://localhost:" + port);
        SharedServices shared = SharedServices.start(env, dataDir, baseUrl);
        // the nodes believe HAProxy (on this machine) about the client's address, for the per-address limits
        shared.properties.add("-Dportal.proxies=" + env.getOrDefault("PORTAL_PROXIES", "127.0.0.1"));

        List<String> members = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            members.add("127.0.0.1:" + (gridPort + i));
        }
        List<PayaraNode> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            String name = "node" + (i + 1);
            Path dir = dataDir.resolve(name);
            Files.createDirectories(dir.resolve("tmp"));
            List<String> grid = List.of("--clustermode", "tcpip:" + String.join(",", members),
                    "--clustername", "digicanvis-" + Integer.toHexString(dataDir.toString().hashCode()),
                    "--interfaces", "127.0.0.1", "--startport", Integer.toString(gridPort + i),
                    // both members are on one host: keep each one's backups on the other anyway
                    "--nohostaware");
            System.out.println("Starting " + name + " on port " + (port + i + 1) + " (log in " + dir.resolve("payara.log")
                    + ") ...");
            nodes.add(PayaraNode.start(name, home, dir, env, shared, port + i + 1, grid));
        }
        for (PayaraNode node : nodes) {
            String failure = node.awaitServing(900_000);
            if (failure != null) {
                System.err.println(node.name + ": " + failure);
                System.exit(1);
            }
        }

        Path config = dataDir.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig(port, nodes));
        Process balancer;
        try {
            balancer = new ProcessBuilder(haproxy, "-db", "-f", config.toString()).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("haproxy.log").toFile()).start();
        } catch (java.io.IOException e) {
            System.err.println("Cannot start HAProxy (" + haproxy + "): " + e.getMessage()
                    + ". bin/cluster installs Debian's haproxy package; HAPROXY names another binary.");
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(balancer::destroy));
        String url = "http://localhost:" + port + "/";
        long deadline = System.currentTimeMillis() + 30_000;
        while (!PortalLauncher.answers(url) && System.currentTimeMillis() < deadline && balancer.isAlive()) {
            Thread.sleep(500);
        }
        if (!balancer.isAlive() || !PortalLauncher.answers(url)) {
            System.err.println("HAProxy did not answer at " + url + "; see " + dataDir.resolve("haproxy.log"));
            System.exit(1);
        }
        System.out.println();
        System.out.println("DigiCanvis Observatory is running at " + url + " (HAProxy), on two nodes:");
        for (PayaraNode node : nodes) {
            System.out.println("  " + node.name + ": http://localhost:" + node.port + "/ (log " + node.log + ")");
        }
        System.out.println(shared.signInHint(url));
        System.out.println("Press Ctrl+C to stop it.");
        System.exit(balancer.waitFor());
    }

    /**
     * HAProxy in front of the nodes: round robin; a person with a session kept on one node (the node's caches stay
     * warm for them) and sent to the other when it fails (the session is in the data grid); a node taken out when
     * it stops answering its liveness check. Not its readiness: the database is shared, so while it is away every
     * node is unready at once, and taking them all out would replace the portal's own translated "try again in a
     * moment" and the pages it still serves from memory by HAProxy's bare 503.
     */
    static String haproxyConfig(int port, List<PayaraNode> nodes) {
        StringBuilder servers = new StringBuilder();
        for (PayaraNode n : nodes) {
            servers.append("    server ").append(n.name).append(" 127.0.0.1:").append(n.port)
                    .append(" check inter 2s fall 2 rise 2 cookie ").append(n.name).append('\n');
        }
        return String.join("\n",
                "global",
                "    maxconn 2000",
                "",
                "defaults",
                "    mode http",
                "    timeout connect 2s",
                "    timeout client 60s",
                "    timeout server 60s",
                "    timeout http-request 10s",
                "    option forwardfor",
                "    option redispatch",
                "    retries 2",
                "",
                "frontend portal",
                "    bind 127.0.0.1:" + port,
                // no cleartext HTTP/2 upgrade past HAProxy: the connection would become a tunnel to one node that
                // HAProxy no longer reads (h2c smuggling), where the session cookie keeps the node's prefix
                "    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }",
                "    http-request del-header HTTP2-Settings",
                "    default_backend nodes",
                "",
                "backend nodes",
                "    balance roundrobin",
                // the session cookie carries the node (HAProxy takes it off before the node sees it): only people
                // with a session are kept on one node, and no cookie of its own is set
                "    cookie DCSESSION prefix nocache",
                "    option httpchk GET /health/live",
                "    http-check expect status 200",
                servers.toString());
    }
}
