package cat.digicanvis.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal as {@code bin/run} starts it, on a database reached through a relay that the test cuts: while the
 * database is away, requests that need it are told within 2 s to try again (a translated 503 page, the API's
 * 503, readiness down), pages kept in memory still answer, and nothing is acknowledged that is not stored; once
 * it is back, everything works again within 10 s, in the same session, with every acknowledged write there. And
 * {@code bin/run} stops with a clear message when the database refuses its credentials.
 */
class DatabaseOutageIT {

    static final String ADMIN_PASSWORD = "Outage-Proves-Nothing-Lost-1";
    static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path data;

    /** The launcher, as bin/run starts it, with these settings. */
    static Process launch(Path dataDir, Map<String, String> env) throws Exception {
        String cp = HOME.resolve("portal-launcher/target/classes") + ":"
                + Files.readString(HOME.resolve("portal-launcher/target/classpath.txt")).strip();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dportal.home=" + HOME, "-cp", cp, "cat.digicanvis.launcher.PortalLauncher").redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("PORTAL_DATA_DIR", dataDir.toString());
        return pb.start();
    }

    /** The launcher's output until a line contains {@code until} (or it ends); all of it. */
    static String readUntil(Process p, String until, Duration limit) throws Exception {
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (out) {
                        out.append(line).append('\n');
                    }
                }
            } catch (Exception e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            synchronized (out) {
                if (out.indexOf(until) >= 0) {
                    return out.toString();
                }
            }
            if (!p.isAlive()) {
                reader.join(2000);
                break;
            }
            Thread.sleep(500);
        }
        synchronized (out) {
            return out.toString();
        }
    }

    record Answer(int status, String body, long millis, HttpResponse<String> raw) {
    }

    static Answer send(HttpClient http, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), (System.nanoTime() - start) / 1_000_000, r);
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "ca").timeout(Duration.ofSeconds(20))
                .build();
    }

    static HttpRequest postJson(String url, String origin, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "ca")
                .header("Content-Type", "application/json").header("Origin", origin).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return b.build();
    }

    @Test
    void anOutageIsSaidAtOnceAndLeavesNothingBehind() throws Exception {
        int dbPort = PortalLauncher.freePort();
        int port = PortalLauncher.freePort();
        Process portal = null;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("db"), dbPort, "observatori", "observatori",
                EmbeddedDatabase.Scope.ONE_DATABASE);
             CuttableProxy relay = new CuttableProxy(dbPort)) {
            portal = launch(data.resolve("portal"), Map.of("PORT", String.valueOf(port),
                    "PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:" + relay.port() + "/observatori",
                    "PORTAL_DB_USER", db.user(), "PORTAL_DB_PASSWORD", db.password(), "PORTAL_DEMO", "false",
                    "PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD));
            String started = readUntil(portal, "is running at", Duration.ofMinutes(8));
            assertTrue(started.contains("is running at"), started);
            String site = "http://localhost:" + port;
            HttpClient visitor = HttpClient.newHttpClient();
            HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            Answer session = send(admin, postJson(site + "/api/session", site, null,
                    "{\"email\":\"admin@digicanvis.localhost\",\"password\":\"" + ADMIN_PASSWORD + "\"}"));
            assertEquals(200, session.status(), session.body());
            Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(session.body());
            assertTrue(token.find());
            Answer topic = send(admin, postJson(site + "/api/forum/topics", site, token.group(1),
                    "{\"category\":\"1\",\"title\":\"Abans del tall de la base de dades\",\"body\":\""
                            + "Una publicació escrita abans que la base de dades marxés una estona.\"}"));
            assertEquals(201, topic.status(), topic.body());
            long acknowledgedAt = System.nanoTime();
            Matcher topicId = Pattern.compile("\"topic\":(\\d+)").matcher(topic.body());
            assertTrue(topicId.find(), topic.body());
            String posts = site + "/api/forum/topics/" + topicId.group(1) + "/posts";
            send(visitor, get(site + "/about.xhtml"));
            assertEquals(200, send(admin, get(site + "/account/settings.xhtml")).status());
            assertEquals(200, send(visitor, get(site + "/health/ready")).status());

            relay.cut();
            Answer page = send(admin, get(site + "/account/settings.xhtml"));
            assertEquals(503, page.status(), page.body());
            assertTrue(page.millis() <= 2000, "said within 2 s: " + page.millis() + " ms");
            assertTrue(page.body().contains("Torneu-ho a provar") && page.body().contains("lang=\"ca\""), page.body());
            assertFalse(page.body().contains("Exception") || page.body().contains("at cat."), "no trace");
            assertEquals("5", page.raw().headers().firstValue("Retry-After").orElse(""));
            Answer api = send(admin, get(site + "/api/forum/topics?page=2"));
            assertEquals(503, api.status(), api.body());
            assertTrue(api.millis() <= 2000 && api.body().contains("\"status\":503"), api.millis() + " ms " + api.body());
            Answer write = send(admin, postJson(posts, site, token.group(1),
                    "{\"body\":\"Aquesta resposta s'envia mentre la base de dades no hi és.\"}"));
            assertEquals(503, write.status(), "not acknowledged: " + write.body());
            Answer ready = send(visitor, get(site + "/health/ready"));
            assertEquals(503, ready.status(), ready.body());
            assertTrue(ready.body().contains("DOWN"), ready.body());
            Answer kept = send(visitor, get(site + "/about.xhtml"));
            assertEquals(200, kept.status(), "a page kept in memory still answers");

            relay.restore();
            long back = System.nanoTime();
            int status = 0;
            while (System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
                status = send(admin, get(site + "/account/settings.xhtml")).status();
                if (status == 200) {
                    break;
                }
                Thread.sleep(250);
            }
            assertEquals(200, status, "working again within 10 s, in the same session");
            assertEquals(200, send(visitor, get(site + "/health/ready")).status());
            // the posting limits allow a post every 5 s
            long wait = Duration.ofSeconds(6).toMillis() - (System.nanoTime() - acknowledgedAt) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            Answer after = send(admin, postJson(posts, site, token.group(1),
                    "{\"body\":\"Una resposta escrita quan la base de dades ja havia tornat.\"}"));
            assertEquals(201, after.status(), after.body());
            String thread = send(visitor, get(site + "/api/forum/topics/" + topicId.group(1))).body();
            assertTrue(thread.contains("abans que la base de dades marxés") && thread.contains("ja havia tornat"), thread);
            assertFalse(thread.contains("mentre la base de dades no hi és"), "what was refused is not there");
        } finally {
            if (portal != null) {
                portal.destroy();
                portal.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void refusedCredentialsStopTheLauncherWithAClearMessage() throws Exception {
        int dbPort = PortalLauncher.freePort();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("db"), dbPort, "observatori", "observatori",
                EmbeddedDatabase.Scope.ONE_DATABASE)) {
            List<String> said = new ArrayList<>();
            for (String password : new String[] {db.password() + "-no", ""}) {
                Process p = launch(data.resolve("portal"), Map.of("PORT", String.valueOf(PortalLauncher.freePort()),
                        "PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/observatori",
                        "PORTAL_DB_USER", db.user(), "PORTAL_DB_PASSWORD", password));
                String out = readUntil(p, "\u0000", Duration.ofSeconds(60));
                assertTrue(p.waitFor(10, TimeUnit.SECONDS), "it stops");
                assertEquals(2, p.exitValue(), out);
                said.add(out);
            }
            assertTrue(said.get(0).contains("Cannot use the database at jdbc:mariadb://127.0.0.1:" + dbPort)
                    && said.get(0).contains("Access denied"), said.get(0));
            assertTrue(said.get(1).contains("PORTAL_DB_PASSWORD is empty"), said.get(1));
        }
    }
}
