package cat.digicanvis.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/forum-benchmark}'s client, against a portal started with synthetic forum content: the reading
 * pages (a topic's first page, the last page of the 5,000-post topic, a category list, the latest list) for
 * visitors and for signed-in people, then concurrent posters (new topics and replies over 20 topics) who keep
 * to the posting limits, and a check that every acknowledged post is stored once and the topics' counts and
 * last activity agree with their posts. Closed loops, bounded in time, loopback only.
 * Usage: {@code ForumBenchmark BASE_URL READERS WARMUP_S MEASURE_S POSTERS POST_S PASSWORD}.
 */
public final class ForumBenchmark {

    // JSON-B writes properties in alphabetical order and leaves nulls out: match what each object surely has
    static final Pattern TOPIC_ID = Pattern.compile("\"url\":\"/forum/topic\\.xhtml\\?id=(\\d+)\"");
    static final Pattern CATEGORY_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Pattern POST = Pattern.compile("\"post\":(\\d+)");
    private static final Pattern POST_ID = Pattern.compile("\"url\":\"/forum/post\\.xhtml\\?id=(\\d+)\"");
    private static final Pattern CREATED = Pattern.compile("\"createdAt\":\"([^\"]+)\"");
    private static final Pattern PAGES = Pattern.compile("\"pages\":(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"totalPosts\":(\\d+)");
    private static final Pattern REPLIES = Pattern.compile("\"replies\":(\\d+)");
    private static final Pattern LAST = Pattern.compile("\"lastPostAt\":\"([^\"]+)\"");

    private ForumBenchmark() {
    }

    /** BENCH_ONLY: run only the scenarios whose name contains it ("signed in", "topic, first page"...). */
    static final String ONLY = System.getenv().getOrDefault("BENCH_ONLY", "");

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int readers = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        int posters = Integer.parseInt(args[4]);
        int postSeconds = Integer.parseInt(args[5]);
        String password = args[6];
        HttpClient anonymous = client();
        String categories = get(anonymous, base + "/api/forum/categories");
        List<Long> categoryIds = ids(CATEGORY_ID, categories);
        List<Long> topics = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            topics.addAll(ids(TOPIC_ID, get(anonymous, base + "/api/forum/topics?page=" + page)));
        }
        long longTopic = ids(TOPIC_ID, get(anonymous, base + "/api/forum/topics?sort=replies")).get(0);
        String longPage = get(anonymous, base + "/api/forum/topics/" + longTopic);
        int longPages = Integer.parseInt(first(PAGES, longPage));
        System.out.printf(Locale.ROOT, "forum: %s posts in the longest topic (%d pages), %d categories, %d topics sampled;"
                + " %d readers, warm-up %d s, measure %d s%n", first(TOTAL, longPage), longPages, categoryIds.size(),
                topics.size(), readers, warmup, measure);

        Map<String, Function<Random, String>> scenarios = new java.util.LinkedHashMap<>();
        scenarios.put("topic, first page", r -> "/forum/topic.xhtml?id=" + topics.get(r.nextInt(topics.size())));
        scenarios.put("long topic, last page", r -> "/forum/topic.xhtml?id=" + longTopic + "&page=" + longPages);
        scenarios.put("category list", r -> "/forum/category.xhtml?id=" + categoryIds.get(r.nextInt(categoryIds.size()))
                + "&page=" + (1 + r.nextInt(3)));
        scenarios.put("latest list", r -> "/forum/index.xhtml?page=" + (1 + r.nextInt(3)));

        List<HttpClient> visitors = new ArrayList<>();
        List<HttpClient> members = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            visitors.add(anonymous);
            HttpClient c = client();
            signIn(c, base, "bench-" + (i + 1) + "@synthetic.digicanvis.localhost", password);
            members.add(c);
        }
        List<LoadBenchmark.Result> results = new ArrayList<>();
        for (var s : scenarios.entrySet()) {
            for (boolean signedIn : new boolean[] {false, true}) {
                List<HttpClient> who = signedIn ? members : visitors;
                String name = s.getKey() + (signedIn ? " (signed in)" : " (visitor)");
                if (!name.contains(ONLY)) {
                    continue;
                }
                LoadBenchmark.run(who, base, s.getValue(), warmup, "warm-up");
                results.add(LoadBenchmark.run(who, base, s.getValue(), measure, name));
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-36s %9s %7s %10s %9s %9s %10s%n", "scenario", "requests", "errors",
                "cache hit", "p50 ms", "p95 ms", "req/s");
        for (LoadBenchmark.Result r : results) {
            System.out.printf(Locale.ROOT, "%-36s %9d %7d %9.0f%% %9.1f %9.1f %10.1f%n", r.name(), r.requests(),
                    r.errors(), 100.0 * r.cacheHits() / Math.max(1, r.requests()), r.p50(), r.p95(),
                    r.requests() / r.seconds());
        }
        if (posters > 0) {
            post(base, topics.subList(0, Math.min(20, topics.size())), categoryIds, posters, postSeconds, password, readers);
        }
    }

    /** Posters who keep to the limits (a post every 5 s, a topic now and then), then the consistency check. */
    static void post(String base, List<Long> topics, List<Long> categories, int posters, int seconds, String password,
            int firstAccount) throws Exception {
        Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
        Set<Long> newTopics = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(posters);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int p = 0; p < posters; p++) {
            int account = firstAccount + p + 1;
            futures.add(pool.submit(() -> {
                HttpClient c = client();
                String token = signIn(c, base, "bench-" + account + "@synthetic.digicanvis.localhost", password);
                Random r = new Random(account);
                long[] lat = new long[4096];
                int n = 0;
                int k = 0;
                // start spread over the first five seconds, so that the posters do not all knock at once
                Thread.sleep(r.nextInt(5000));
                while (System.nanoTime() < end) {
                    boolean topic = r.nextInt(10) == 0;
                    String text = "Resposta sintètica " + account + "-" + (k++) + ": ho vam provar i va funcionar.";
                    HttpRequest req = topic
                            ? json(base + "/api/forum/topics", token, "{\"category\":\"" + categories.get(r.nextInt(categories.size()))
                                    + "\",\"title\":\"[Sintètic] Tema de càrrega " + account + "-" + k + "\",\"body\":\"" + text + "\"}")
                            : json(base + "/api/forum/topics/" + topics.get(r.nextInt(topics.size())) + "/posts", token,
                                    "{\"body\":\"" + text + "\"}");
                    long t0 = System.nanoTime();
                    long wait = 5_100;
                    try {
                        HttpResponse<String> resp = c.send(req, HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() == 201) {
                            long post = Long.parseLong(first(POST, resp.body()));
                            acknowledged.merge(post, 1L, Long::sum);
                            if (topic) {
                                newTopics.add(Long.parseLong(first(Pattern.compile("\"topic\":(\\d+)"), resp.body())));
                                wait = 15_100;
                            }
                        } else if (resp.statusCode() == 429) {
                            refused.incrementAndGet();
                            wait = 1000L * Long.parseLong(resp.headers().firstValue("Retry-After").orElse("5"));
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                    long left = (end - System.nanoTime()) / 1_000_000;
                    if (left > 0) {
                        Thread.sleep(Math.min(wait + r.nextInt(400), left));
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        pool.shutdown();
        all.sort(null);
        System.out.printf(Locale.ROOT, "%n%d posters for %d s: %d posts acknowledged (%d new topics), %d refused by the"
                + " limits (429), %d errors; p50 %.1f ms, p95 %.1f ms per write%n", posters, seconds, acknowledged.size(),
                newTopics.size(), refused.get(), errors.get(), LoadBenchmark.percentile(all, 0.5), LoadBenchmark.percentile(all, 0.95));

        // every acknowledged post exactly once, and each topic's counts and last activity as its posts say
        HttpClient reader = client();
        Set<Long> checked = new HashSet<>(topics);
        checked.addAll(newTopics);
        Map<Long, Integer> seen = new HashMap<>();
        int inconsistent = 0;
        for (long t : checked) {
            String page1 = get(reader, base + "/api/forum/topics/" + t);
            int pages = Integer.parseInt(first(PAGES, page1));
            int total = Integer.parseInt(first(TOTAL, page1));
            int replies = Integer.parseInt(first(REPLIES, page1));
            String last = first(LAST, page1);
            int counted = 0;
            String latest = "";
            for (int p = 1; p <= pages; p++) {
                String body = p == 1 ? page1 : get(reader, base + "/api/forum/topics/" + t + "?page=" + p);
                Matcher m = POST_ID.matcher(body);
                while (m.find()) {
                    seen.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
                    counted++;
                }
                Matcher d = CREATED.matcher(body.substring(body.indexOf("\"posts\":["), body.indexOf("],\"topic\"")));
                while (d.find()) {
                    latest = d.group(1).compareTo(latest) > 0 ? d.group(1) : latest;
                }
            }
            if (counted != total || replies != total - 1 || !latest.equals(last)) {
                inconsistent++;
                System.out.printf(Locale.ROOT, "topic %d: %d posts listed, %d counted, %d replies, last %s vs %s%n", t,
                        counted, total, replies, latest, last);
            }
        }
        long missing = acknowledged.keySet().stream().filter(id -> !seen.containsKey(id)).count();
        long twice = seen.values().stream().filter(v -> v > 1).count();
        System.out.printf(Locale.ROOT, "check over %d topics: %d acknowledged posts missing, %d posts listed twice,"
                + " %d topics whose counts or last activity disagree with their posts%n", checked.size(), missing, twice,
                inconsistent);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new BrowserCookies())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpRequest json(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-CSRF-Token", token).header("Accept-Language", "ca").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Signs in through the API (the cookie stays in the client) and returns the CSRF token. */
    static String signIn(HttpClient c, String base, String email, String password) throws Exception {
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("cannot sign in " + email + ": " + r.statusCode() + " " + r.body());
        }
        return first(TOKEN, r.body());
    }

    static String get(HttpClient c, String url) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "ca").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return r.body();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no answer from " + url);
    }

    static List<Long> ids(Pattern p, String body) {
        List<Long> out = new ArrayList<>();
        Matcher m = p.matcher(body);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    static String first(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body.substring(0, Math.min(300, body.length())));
        }
        return m.group(1);
    }
}
