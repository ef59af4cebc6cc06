package cat.digicanvis.launcher;

import static cat.digicanvis.launcher.DatabaseOutageIT.get;
import static cat.digicanvis.launcher.DatabaseOutageIT.postJson;
import static cat.digicanvis.launcher.DatabaseOutageIT.readUntil;
import static cat.digicanvis.launcher.DatabaseOutageIT.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.launcher.DatabaseOutageIT.Answer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code bin/cluster} as a newcomer starts it: two Payara Micro nodes in one data grid behind HAProxy, on a MariaDB
 * the test stops and starts again, and a mail server that is down until the test starts it. A committed
 * change on one node reaches the other's cached pages and full-text index within a second; limits count across
 * nodes; the outbox's minute round, which runs on both nodes, sends each mail once; a database restart during
 * writes loses no acknowledged write; and a signed-in person whose node is killed goes on, on the other node,
 * without signing in again, in Chromium: a form opened before the node died is sent after. One cluster for all (it
 * takes two minutes to start); the node is killed last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String ADMIN = "admin@digicanvis.localhost";
    static final String ADMIN_PASSWORD = "Two-Nodes-Share-One-Grid-7";
    static final Pattern TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*? value=\"([^\"]*)\"");

    Path data;
    EmbeddedDatabase db;
    Process cluster;
    List<ProcessHandle> nodes = new ArrayList<>();
    int port;
    int smtpPort;
    GreenMail mail;

    @BeforeAll
    void startTheCluster() throws Exception {
        // kept in the module's target (the nodes' logs stay there for a look after a failure)
        Files.createDirectories(Path.of("target"));
        data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cluster-it");
        db = EmbeddedDatabase.start(data.resolve("db"), PortalLauncher.freePort(), "observatori", "observatori",
                EmbeddedDatabase.Scope.ONE_DATABASE);
        port = freeRun(3);
        int grid = freeRun(2);
        smtpPort = PortalLauncher.freePort();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("PORTAL_GRID_PORT", String.valueOf(grid));
        env.put("PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:" + db.port() + "/observatori");
        env.put("PORTAL_DB_USER", db.user());
        env.put("PORTAL_DB_PASSWORD", db.password());
        env.put("PORTAL_DEMO", "false");
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORTAL_MAIL_HOST", "127.0.0.1");
        env.put("PORTAL_MAIL_PORT", String.valueOf(smtpPort));
        env.put("PORTAL_HEAP", "768m");
        env.put("HAPROXY", haproxy());
        env.put("PORTAL_DATA_DIR", data.resolve("portal").toString());
        String cp = DatabaseOutageIT.HOME.resolve("portal-launcher/target/classes") + ":"
                + Files.readString(DatabaseOutageIT.HOME.resolve("portal-launcher/target/classpath.txt")).strip();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dportal.home=" + DatabaseOutageIT.HOME, "-cp", cp, "cat.digicanvis.launcher.ClusterLauncher")
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        cluster = pb.start();
        String started = readUntil(cluster, "Press Ctrl+C", Duration.ofMinutes(12));
        assertTrue(started.contains("is running at http://localhost:" + port + "/ (HAProxy), on two nodes"), started);
        assertTrue(started.contains("node1: http://localhost:" + (port + 1)) && started.contains("node2: http://localhost:"
                + (port + 2)), started);
        nodes = cluster.descendants().filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar")).toList();
        assertEquals(2, nodes.size(), "two Payara Micro processes");
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        if (cluster != null) {
            List<ProcessHandle> all = cluster.descendants().toList();
            cluster.destroy();
            if (!cluster.waitFor(90, TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
            all.forEach(ProcessHandle::destroyForcibly);
        }
        if (mail != null) {
            mail.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void aChangeOnOneNodeReachesTheOthersCachedPagesWithinASecond() throws Exception {
        String a = node(1);
        String b = node(2);
        HttpClient visitor = HttpClient.newHttpClient();
        // both nodes were set up before they booted: pages go out compressed (to browsers, which speak HTTP/1.1 or
        // HTTP/2 over TLS, never the cleartext upgrade Java's client asks for)
        HttpClient browserLike = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String n : List.of(a, b)) {
            assertEquals("gzip", browserLike.send(HttpRequest.newBuilder(URI.create(n + "/forum/index.xhtml"))
                    .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("Content-Encoding").orElse(""), n);
        }
        send(visitor, get(b + "/forum/index.xhtml"));
        Answer cached = send(visitor, get(b + "/forum/index.xhtml"));
        assertEquals("hit", cached.raw().headers().firstValue("X-Page-Cache").orElse(""), "node B keeps the page");
        send(visitor, get(b + "/forum/search.xhtml?q=Zumzeig"));

        HttpClient admin = ForumBenchmark.client();
        String token = signIn(admin, a);
        String title = "Zumzeig: un tema escrit al node A";
        Answer topic = send(admin, postJson(a + "/api/forum/topics", a, token, "{\"category\":\"1\",\"title\":\"" + title
                + "\",\"body\":\"El node B l'ha de mostrar abans d'un segon, també a la cerca.\"}"));
        assertEquals(201, topic.status(), topic.body());
        long committed = System.nanoTime();
        boolean shown = false;
        long asked = committed;
        while (!shown && System.nanoTime() - committed < Duration.ofSeconds(5).toNanos()) {
            asked = System.nanoTime();
            shown = send(visitor, get(b + "/forum/index.xhtml")).body().contains("Zumzeig");
            if (!shown) {
                Thread.sleep(50);
            }
        }
        // when B had it: the request that first showed it was asked this long after A's answer (its rendering, a
        // fresh one since the change emptied B's copy, is not the propagation's time)
        long millis = (asked - committed) / 1_000_000;
        assertTrue(shown && millis <= 1000, "node B's kept forum page shows the new topic " + millis + " ms after");
        String found = send(visitor, get(b + "/forum/search.xhtml?q=Zumzeig")).body();
        assertTrue(found.contains("un tema escrit al node A"), "node B's full-text index has it: " + found);
        String metrics = send(visitor, get(b + "/metrics?scope=application")).body();
        assertEquals(2.0, figure(metrics, "portal_cluster_members"), "node B sees both members: " + metrics);
        assertTrue(figure(metrics, "portal_cluster_changes_received") >= 1, "and followed A's change: " + metrics);
    }

    @Test
    @Order(2)
    void limitsCountTheAttemptsMadeOnEveryNode() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String wrong = "{\"email\":\"nobody@digicanvis.localhost\",\"password\":\"not-the-password-1\"}";
        for (int i = 0; i < 3; i++) {
            String n = node(1 + i % 2);
            assertEquals(401, send(client, postJson(n + "/api/session", n, null, wrong)).status());
        }
        // the third failure was on node A: node B must make the fourth attempt wait
        String b = node(2);
        Answer fourth = send(client, postJson(b + "/api/session", b, null, wrong));
        assertEquals(429, fourth.status(), fourth.body());
        assertTrue(fourth.raw().headers().firstValue("Retry-After").isPresent());

        // three mails an hour to one address (counted whether or not it has an account): asked on A, B and A, the
        // fourth on B is refused
        for (int i = 0; i < 3; i++) {
            String page = forgot(client, node(1 + i % 2), "nobody@digicanvis.localhost");
            assertTrue(page.contains("id=\"forgot-done\""), page);
        }
        String refused = forgot(client, b, "nobody@digicanvis.localhost");
        assertFalse(refused.contains("id=\"forgot-done\""), refused);
        assertTrue(refused.contains("S'han demanat massa correus"), refused);
    }

    @Test
    @Order(3)
    void theOutboxRoundOfBothNodesSendsEachMailOnce() throws Exception {
        // four people sign up, on A and B in turn, while the mail server is down: their mails wait in the outbox
        HttpClient client = HttpClient.newHttpClient();
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String email = "persona" + i + "@ajuntament.example";
            people.add(email);
            String page = submit(client, node(1 + i % 2), "/account/signup.xhtml", "signup", Map.of("signup:name",
                    "Persona " + i, "signup:email", email, "signup:password", "Quatre-Cigonyes-Volen-2026",
                    "signup:confirmation", "Quatre-Cigonyes-Volen-2026"), "signup:signUp");
            assertTrue(page.contains("Us hem enviat un correu"), "the page says a mail is on its way: " + page);
        }
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        // both nodes' timers retry the outbox at the start of each minute, over the same four mails
        assertTrue(mail.waitForIncomingEmail(Duration.ofSeconds(75).toMillis(), 4), "the four mails went out");
        Thread.sleep(5000);
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            recipients.add(m.getAllRecipients()[0].toString());
        }
        recipients.sort(null);
        assertEquals(people, recipients, "each mail once");
    }

    @Test
    @Order(4)
    void aDatabaseRestartDuringWritesLosesNoAcknowledgedWrite() throws Exception {
        String lb = "http://localhost:" + port;
        HttpClient admin = ForumBenchmark.client();
        String token = signIn(admin, lb);
        String opening = "{\"category\":\"1\",\"title\":\"Escrits durant el reinici\","
                + "\"body\":\"Cada resposta confirmada ha de quedar desada.\"}";
        Answer topic = send(admin, postJson(lb + "/api/forum/topics", lb, token, opening));
        if (topic.status() == 429) {
            // the same administrator opened a topic in the first test: one a 15 s, across nodes; wait as told
            Thread.sleep(1000L * Long.parseLong(topic.raw().headers().firstValue("Retry-After").orElseThrow()) + 500);
            topic = send(admin, postJson(lb + "/api/forum/topics", lb, token, opening));
        }
        assertEquals(201, topic.status(), topic.body());
        Matcher id = Pattern.compile("\"topic\":(\\d+)").matcher(topic.body());
        assertTrue(id.find());
        String posts = lb + "/api/forum/topics/" + id.group(1) + "/posts";
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        // a post every 5.5 s (the posting limit is 5 s): before MariaDB stops, while it is stopped, and after it
        // has started again (on the same data)
        for (int i = 0; i < 7; i++) {
            if (i == 2) {
                db.stop();
            }
            if (i == 4) {
                db.startAgain();
            }
            Thread.sleep(5500);
            String text = "Resposta número " + i + " del reinici";
            Answer a = send(admin, postJson(posts, lb, token, "{\"body\":\"" + text + "\"}"));
            assertTrue(a.status() == 201 || a.status() == 503, "acknowledged or refused, never anything else: "
                    + a.status() + " " + a.body());
            outcomes.put(text, a.status());
        }
        assertEquals(List.of(201, 201, 503, 503, 201, 201, 201), List.copyOf(outcomes.values()), outcomes.toString());
        String thread = send(HttpClient.newHttpClient(), get(lb + "/api/forum/topics/" + id.group(1))).body();
        for (Map.Entry<String, Integer> o : outcomes.entrySet()) {
            assertEquals(o.getValue() == 201, thread.contains(o.getKey()), o.getKey() + " " + o.getValue());
        }
    }

    @Test
    @Order(5)
    void aSignedInBrowserWhoseNodeDiesGoesOnOnTheOther() throws Exception {
        String lb = "http://localhost:" + port;
        // a client asking for cleartext HTTP/2 (as Java's does) stays on HTTP/1.1 through HAProxy, where every
        // request is routed on its own (no tunnel to one node)
        HttpClient h2c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        assertEquals(HttpClient.Version.HTTP_1_1, h2c.send(get(lb + "/about.xhtml"),
                java.net.http.HttpResponse.BodyHandlers.discarding()).version());

        WebDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(lb + "/account/login.xhtml");
            browser.findElement(By.id("login:email")).sendKeys(ADMIN);
            browser.findElement(By.id("login:password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.id("login:signIn")).click();
            wait.until(d -> !d.getCurrentUrl().contains("/account/login.xhtml"));
            String token = csrfToken(browser, lb);
            // the settings form is opened on the node that serves this browser…
            browser.get(lb + "/account/settings.xhtml");
            assertTrue(browser.getPageSource().contains(ADMIN), "signed in");
            String session = browser.manage().getCookieNamed("DCSESSION").getValue();
            String served = session.substring(0, session.indexOf('~'));
            int nodePort = port + (served.equals("node1") ? 1 : 2);
            ProcessHandle dying = nodes.stream().filter(p -> p.info().commandLine().orElse("").contains("--port " + nodePort))
                    .findFirst().orElseThrow();
            // …which dies
            dying.destroyForcibly();
            dying.onExit().get(30, TimeUnit.SECONDS);

            // the form, sent now, reaches the other node, which has the session and the form's view
            WebElement name = browser.findElement(By.id("settings:name"));
            name.clear();
            name.sendKeys("Administradora del clúster");
            browser.findElement(By.id("settings:saveProfile")).click();
            wait.until(d -> d.findElements(By.cssSelector(".msg-info, .msg-error")).size() > 0
                    || d.getCurrentUrl().contains("/error/") || d.getCurrentUrl().contains("/account/login.xhtml"));
            assertFalse(dying.isAlive(), "its node is gone: the other one answered");
            assertTrue(browser.getCurrentUrl().contains("/account/settings.xhtml"), browser.getCurrentUrl());
            assertEquals("Desat.", browser.findElement(By.cssSelector(".msg-info")).getText().strip(),
                    browser.getPageSource());
            browser.get(lb + "/account/settings.xhtml");
            assertEquals("Administradora del clúster", browser.findElement(By.id("settings:name")).getAttribute("value"),
                    "saved, and still signed in");
            assertEquals(token, csrfToken(browser, lb), "the same session");
        } finally {
            browser.quit();
        }
    }

    /** The session's CSRF token, as the API tells the browser. */
    private static String csrfToken(WebDriver browser, String site) {
        browser.get(site + "/api/session");
        Matcher token = TOKEN.matcher(browser.getPageSource());
        assertTrue(token.find(), browser.getPageSource());
        return token.group(1);
    }

    /** Debian's headless Chromium through Debian's chromedriver (no browser download), in Catalan. */
    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--lang=ca");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ca"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** A figure of MicroProfile Metrics' Prometheus text, whatever its labels. */
    private static double figure(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(text);
        assertTrue(m.find(), name + " in " + text);
        return Double.parseDouble(m.group(2));
    }

    private String node(int n) {
        return "http://localhost:" + (port + n);
    }

    private static String signIn(HttpClient client, String site) throws Exception {
        Answer session = send(client, postJson(site + "/api/session", site, null,
                "{\"email\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"));
        assertEquals(200, session.status(), session.body());
        Matcher token = TOKEN.matcher(session.body());
        assertTrue(token.find(), session.body());
        return token.group(1);
    }

    /** The "forgotten password" form sent as a browser sends it; the page that answers. */
    private static String forgot(HttpClient client, String site, String email) throws Exception {
        return submit(client, site, "/account/forgot.xhtml", "forgot", Map.of("forgot:email", email), "forgot:send");
    }

    /** A page's form filled and sent as a browser sends it (with the form's hidden fields); the page that answers. */
    private static String submit(HttpClient client, String site, String path, String form, Map<String, String> values,
            String button) throws Exception {
        String page = send(client, get(site + path)).body();
        String html = page.substring(page.indexOf("<form id=\"" + form + "\""));
        html = html.substring(0, html.indexOf("</form>"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.putAll(values);
        fields.put(button, "send");
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(URI.create(site + path)).header("Accept-Language", "ca")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", site)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Answer sent = send(client, post);
        if (sent.status() == 302 || sent.status() == 303) {
            String location = sent.raw().headers().firstValue("Location").orElseThrow();
            return send(client, get(location.startsWith("http") ? location : site + location)).body();
        }
        return sent.body();
    }

    /** The first of {@code count} consecutive free ports. */
    private static int freeRun(int count) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = 20_000 + new java.util.Random().nextInt(20_000);
            boolean free = true;
            for (int i = 0; i < count && free; i++) {
                try (java.net.ServerSocket s = new java.net.ServerSocket(first + i)) {
                    s.setReuseAddress(true);
                } catch (java.io.IOException e) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IllegalStateException("no free ports");
    }

    private static String haproxy() {
        String given = System.getenv("HAPROXY");
        if (given != null && Files.isExecutable(Path.of(given))) {
            return given;
        }
        for (String p : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        throw new IllegalStateException("HAProxy is not installed (bin/test installs Debian's haproxy)");
    }
}
