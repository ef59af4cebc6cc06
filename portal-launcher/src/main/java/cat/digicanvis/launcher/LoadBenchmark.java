package cat.digicanvis.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/benchmark}'s client: a closed loop of N concurrent clients against a running portal, per
 * scenario a warm-up and then a timed run, printing p50, p95 and throughput. Bounded in time, loopback only.
 * Usage: {@code LoadBenchmark BASE_URL CLIENTS WARMUP_SECONDS MEASURE_SECONDS}.
 */
public final class LoadBenchmark {

    private static final String[] AREAS = {"citizen-care", "services-formalities", "social-services", "participation",
        "planning-management", "transformation"};
    private static final String[] BANDS = {"0-500", "501-2000", "2001-5000", "5001-10000", "10001-50000", "50001-"};
    private static final String[] WORDS = {"participacio", "transformacio digital", "teleassistencia",
        "cita previa", "dades obertes", "xatbot", "mobilitat", "padro", "serveis socials", "contractacio electronica",
        "eficiencia energetica", "teletreball", "transparencia", "robotitzacio", "formacio digital"};
    private static final String[] NEAR = {"08019", "25217", "17079", "43148", "25120", "08113", "17066", "43039"};

    private LoadBenchmark() {
    }

    record Result(String name, int requests, int errors, int cacheHits, double seconds, double p50, double p95) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int clients = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        List<Long> ids = List.of();
        for (int attempt = 0; attempt < 60 && ids.isEmpty(); attempt++) {
            try {
                ids = sheetIds(http, base);
            } catch (IllegalStateException e) {
                Thread.sleep(1000); // the catalogue is still being built
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no published sheet found at " + base);
        }
        List<Long> sheetIds = ids;
        System.out.printf(Locale.ROOT, "%d published sheets; %d clients; warm-up %d s, measure %d s per scenario%n",
                total(http, base), clients, warmup, measure);

        List<Function<Random, String>> scenarios = List.of(
                r -> "/project/list.xhtml?area=" + AREAS[r.nextInt(AREAS.length)] + "&band=" + BANDS[r.nextInt(BANDS.length)]
                        + (r.nextBoolean() ? "&scope=km0" : "") + (r.nextInt(3) == 0 ? "&page=2" : ""),
                r -> "/project/list.xhtml?q=" + WORDS[r.nextInt(WORDS.length)].replace(" ", "+"),
                r -> "/project/view.xhtml?id=" + sheetIds.get(r.nextInt(sheetIds.size())),
                r -> "/project/list.xhtml?near=" + NEAR[r.nextInt(NEAR.length)] + "&maxKm=50",
                r -> "/api/projects?q=" + WORDS[r.nextInt(WORDS.length)].replace(" ", "+") + "&size=20");
        String[] names = {"catalogue (area+band filters)", "full-text search page", "sheet page",
            "catalogue near a municipality (50 km)", "API search"};
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            run(http, base, scenarios.get(i), clients, warmup, "warm-up");
            results.add(run(http, base, scenarios.get(i), clients, measure, names[i]));
        }
        if (args.length > 4 && !args[4].isEmpty()) {
            // the same pages for council staff, each client signed in with its own session, and their recommendations
            List<HttpClient> members = new ArrayList<>();
            List<Long> bodies = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                HttpClient m = ForumBenchmark.client();
                ForumBenchmark.signIn(m, base, "bench-" + (c + 1) + "@synthetic.digicanvis.localhost", args[4]);
                String session = ForumBenchmark.get(m, base + "/api/session");
                Matcher body = Pattern.compile("\"memberOf\":\\[(\\d+)").matcher(session);
                bodies.add(body.find() ? Long.valueOf(body.group(1)) : null);
                members.add(m);
            }
            String[] signedNames = {"catalogue (signed in)", "full-text search page (signed in)", "sheet page (signed in)"};
            for (int i = 0; i < signedNames.length; i++) {
                run(members, base, scenarios.get(i), warmup, "warm-up");
                results.add(run(members, base, scenarios.get(i), measure, signedNames[i]));
            }
            // each person asks for the recommendations of their own council, the Km0 and the foreign tab
            List<Function<Random, String>> own = new ArrayList<>();
            for (Long b : bodies) {
                own.add(r -> "/account/recommendations.xhtml?body=" + b + (r.nextBoolean() ? "&tab=foreign" : ""));
            }
            run(members, base, own, warmup, "warm-up");
            results.add(run(members, base, own, measure, "recommendations page (signed in)"));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-40s %9s %7s %10s %9s %9s %10s%n", "scenario", "requests", "errors",
                "cache hit", "p50 ms", "p95 ms", "req/s");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-40s %9d %7d %9.0f%% %9.1f %9.1f %10.1f%n", r.name(), r.requests(),
                    r.errors(), 100.0 * r.cacheHits() / Math.max(1, r.requests()), r.p50(), r.p95(),
                    r.requests() / r.seconds());
        }
    }

    static Result run(HttpClient http, String base, Function<Random, String> path, int clients, int seconds,
                      String name) throws Exception {
        return run(java.util.Collections.nCopies(clients, http), base, path, seconds, name);
    }

    static Result run(List<HttpClient> clients, String base, Function<Random, String> path, int seconds, String name)
            throws Exception {
        return run(clients, base, java.util.Collections.nCopies(clients.size(), path), seconds, name);
    }

    /** One closed loop per client (each with its own cookies when it is signed in, and its own pages) for the given seconds. */
    static Result run(List<HttpClient> clients, String base, List<Function<Random, String>> paths, int seconds, String name)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger hits = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients.size(); c++) {
            int seed = c;
            HttpClient http = clients.get(c);
            Function<Random, String> path = paths.get(c);
            futures.add(pool.submit(() -> {
                Random r = new Random(seed * 7919L + name.hashCode());
                long[] lat = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path.apply(r)))
                            .header("Accept-Language", "ca").timeout(Duration.ofSeconds(30)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        if (resp.headers().firstValue("X-Page-Cache").orElse("").equals("hit")) {
                            hits.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
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
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        return new Result(name, all.size(), errors.get(), hits.get(), elapsed, percentile(all, 0.50), percentile(all, 0.95));
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    static List<Long> sheetIds(HttpClient http, String base) throws Exception {
        List<Long> ids = new ArrayList<>();
        Pattern id = Pattern.compile("\"id\":(\\d+),\"leadBody\"");
        for (int page = 1; page <= 20; page++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/projects?size=100&page=" + page)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = id.matcher(body);
            while (m.find()) {
                ids.add(Long.valueOf(m.group(1)));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no published sheet found at " + base);
        }
        return ids;
    }

    static long total(HttpClient http, String base) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/projects?size=1")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
