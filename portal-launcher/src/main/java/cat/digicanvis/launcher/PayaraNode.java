package cat.digicanvis.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Payara Micro process running the portal's WAR at the root, with its own root directory (emptied at each
 * start: Payara would otherwise deploy the WAR a second time from its own record of the last run) and its log
 * file.
 */
final class PayaraNode {

    private static final Pattern READY = Pattern.compile("Payara Micro [^\\n]* ready in");

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private PayaraNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts a node on {@code port}; {@code grid} holds Payara's data-grid options (none: {@code --nocluster}).
     * The node's files go under {@code dir}.
     */
    static PayaraNode start(String name, Path home, Path dir, Map<String, String> env, SharedServices shared, int port,
            List<String> grid) throws IOException {
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
        cmd.addAll(shared.properties);
        cmd.add("-Dportal.node=" + name);
        cmd.add("-jar");
        cmd.add(runtime.resolve("payara-micro.jar").toString());
        cmd.add("--deploy");
        cmd.add(runtime.resolve("portal.war").toString());
        cmd.add("--contextroot");
        cmd.add("/");
        cmd.add("--port");
        cmd.add(Integer.toString(port));
        cmd.add("--name");
        cmd.add(name);
        if (grid.isEmpty()) {
            cmd.add("--nocluster");
        } else {
            cmd.addAll(grid);
        }
        Path root = dir.resolve("payara");
        deleteTree(root);
        cmd.add("--rootdir");
        cmd.add(root.toString());
        cmd.add("--prebootcommandfile");
        cmd.add(PortalLauncher.bootCommands(dir, !grid.isEmpty()).toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(shared.secrets);
        Path log = dir.resolve("payara.log");
        Files.deleteIfExists(log);
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            p.destroy();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return new PayaraNode(name, port, log, p);
    }

    /**
     * Waits until the node serves its home page; null then, else why it will not (it stopped, or Payara came up
     * without the portal, which would otherwise answer 404 to everything).
     */
    String awaitServing(long timeoutMillis) throws Exception {
        String url = "http://localhost:" + port + "/";
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long deployedAt = 0;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                return "Payara Micro stopped; see " + log;
            }
            String written = Files.exists(log) ? Files.readString(log) : "";
            if (deployedAt == 0 && READY.matcher(written).find()) {
                deployedAt = System.currentTimeMillis();
            }
            if (written.contains("Exception while loading the app") || written.contains("Deployed 0 archive")
                    || deployedAt > 0 && System.currentTimeMillis() - deployedAt > 30_000) {
                process.destroy();
                return "The portal failed to start" + PortalLauncher.firstError(written).map(e -> ": " + e).orElse("")
                        + "\nSee " + log;
            }
            if (PortalLauncher.answers(url)) {
                return null;
            }
            Thread.sleep(1000);
        }
        process.destroy();
        return "The portal did not answer within " + timeoutMillis / 1000 + " s; see " + log;
    }

    Process process() {
        return process;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
