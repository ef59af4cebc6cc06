package cat.digicanvis.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/digest-benchmark}'s client: an administrator sends the daily digest now through the API
 * ({@code POST /api/forum/digests?frequency=daily}), for a portal whose synthetic readers each have eight
 * notifications waiting; between runs the notifications are marked unmailed again in the database, so each run
 * builds the same digests. Prints each run and the medians.
 * Usage: {@code DigestBenchmark BASE_URL ADMIN_EMAIL ADMIN_PASSWORD DB_URL DB_USER DB_PASSWORD RUNS}.
 */
public final class DigestBenchmark {

    private static final Pattern NUMBER = Pattern.compile("\"(mails|millis|notifications|recipients)\":(\\d+)");

    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int runs = Integer.parseInt(args[6]);
        HttpClient admin = ForumBenchmark.client();
        ForumBenchmark.get(admin, base + "/api/forum/categories");
        String token = ForumBenchmark.signIn(admin, base, args[1], args[2]);
        List<Long> server = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[3], args[4], args[5]); Statement s = db.createStatement()) {
            for (int run = 1; run <= runs; run++) {
                s.executeUpdate("UPDATE forum_notification n JOIN account a ON a.id = n.recipient_id SET n.mailed_at = NULL"
                        + " WHERE a.email LIKE 'digest-%@synthetic.digicanvis.localhost'");
                long t0 = System.nanoTime();
                HttpResponse<String> r = admin.send(HttpRequest.newBuilder(URI.create(base + "/api/forum/digests?frequency=daily"))
                        .header("X-CSRF-Token", token).timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("digest refused: " + r.statusCode() + " " + r.body());
                }
                Matcher m = NUMBER.matcher(r.body());
                java.util.Map<String, Long> v = new java.util.HashMap<>();
                while (m.find()) {
                    v.put(m.group(1), Long.parseLong(m.group(2)));
                }
                server.add(v.get("millis"));
                wall.add(ms);
                System.out.printf(Locale.ROOT, "run %d: %d recipients, %d mails, %d notifications; built in %d ms"
                        + " (%d ms at the client)%n", run, v.get("recipients"), v.get("mails"), v.get("notifications"),
                        v.get("millis"), ms);
                // let the outbox drain to the mail server before the next run, as it would overnight
                Thread.sleep(20_000);
            }
        }
        Collections.sort(server);
        Collections.sort(wall);
        System.out.printf(Locale.ROOT, "median over %d runs: built in %d ms (%d ms at the client)%n", runs,
                server.get(server.size() / 2), wall.get(wall.size() / 2));
    }
}
