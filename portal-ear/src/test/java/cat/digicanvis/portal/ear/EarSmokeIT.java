package cat.digicanvis.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys the EAR on a real Payara Server (the distribution zip, unpacked by Maven) and gets the home page
 * and the API: Payara Micro runs the WAR, Payara Server must run the EAR.
 */
class EarSmokeIT {

    static final int HTTP_PORT = 18080;
    static final Path HOME = Path.of(System.getProperty("payara.home"));
    static final Path ASADMIN = HOME.resolve("bin/asadmin");

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        String server = System.getProperty("portal.test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
        try (Connection c = DriverManager.getConnection(server, System.getProperty("portal.test.db.user", "root"),
                System.getProperty("portal.test.db.password", "")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS dc_it_ear");
            s.execute("CREATE DATABASE dc_it_ear CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try {
                for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                    s.execute("CREATE USER IF NOT EXISTS 'digicanvis_it'@'" + host + "' IDENTIFIED BY 'digicanvis_it_pw'");
                    s.execute("GRANT ALL PRIVILEGES ON dc_it_ear.* TO 'digicanvis_it'@'" + host + "'");
                }
            } catch (java.sql.SQLException e) {
                // the embedded test server has no grant tables: any user is let in
            }
        }
        // keep clear of a portal or server already on the usual ports
        Path domainXml = HOME.resolve("glassfish/domains/domain1/config/domain.xml");
        String xml = Files.readString(domainXml);
        Files.writeString(domainXml, xml.replace("port=\"8080\"", "port=\"" + HTTP_PORT + "\"")
                .replace("port=\"8181\"", "port=\"18181\"").replace("port=\"4848\"", "port=\"14848\"")
                .replace("port=\"3700\"", "port=\"13700\"").replace("port=\"7676\"", "port=\"17676\"")
                .replace("port=\"8686\"", "port=\"18686\"").replace("port=\"9009\"", "port=\"19009\""));
        Files.setPosixFilePermissions(ASADMIN, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(HOME.resolve("glassfish/bin/asadmin"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        asadmin(Map.of("PORTAL_DB_URL", server + "dc_it_ear", "PORTAL_DB_USER", "digicanvis_it",
                "PORTAL_DB_PASSWORD", "digicanvis_it_pw"), "start-domain", "domain1");
        // --force: a server unpacked by an earlier run in the same tree still has the application registered
        asadmin(Map.of(), "--port", "14848", "deploy", "--force=true", "--name", "portal", System.getProperty("portal.ear"));
    }

    @AfterAll
    static void stopServer() throws Exception {
        try {
            asadmin(Map.of(), "--port", "14848", "undeploy", "portal");
        } finally {
            asadmin(Map.of(), "--port", "14848", "stop-domain", "domain1");
        }
    }

    static void asadmin(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(ASADMIN.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("AS_JAVA", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed:\n" + out
                    + tail(HOME.resolve("glassfish/domains/domain1/logs/server.log")));
        }
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    static HttpResponse<String> get(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .header("Accept-Language", "ca").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theEarServesTheHomePageAndTheApi() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("Observatori dels DigiCanvis"));
        HttpResponse<String> api = get("/api/projects?size=1");
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"items\""));
    }
}
