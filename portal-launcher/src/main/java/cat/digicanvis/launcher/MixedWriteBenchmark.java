package cat.digicanvis.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * {@code bin/cluster-benchmark}'s writers: 50 people writing at once through the load balancer for a while, as the
 * portal's users write: 20 forum posters (the API, keeping to the posting limits), 15 moderators editing five shared
 * sheets in the sheet editor (so that edits collide), 10 council members sending contact and collaboration requests
 * from the request form, and 5 administrators forwarding the pending ones from the review page (so that reviews
 * collide). The pages' forms are filled and sent as a browser sends them (hidden fields and view state included).
 * Then the checks: every acknowledged post, request and forward is stored once; each sheet's edits form one chain
 * (every acknowledged edit built on the one before it, none overwritten), and an edit or review that lost the race
 * was told so. Uses the synthetic accounts of {@code SyntheticForumGenerator}: bench-17…36 post, 37…51 (moderators)
 * edit, 52…61 ask, 62…66 (administrators) review.
 * Usage: {@code MixedWriteBenchmark BASE_URL SECONDS PASSWORD}.
 */
public final class MixedWriteBenchmark {

    static final int POSTERS = 20, EDITORS = 15, REQUESTERS = 10, REVIEWERS = 5, SHEETS = 5;
    static final int FIRST_POSTER = 17, FIRST_EDITOR = 37, FIRST_REQUESTER = 52, FIRST_REVIEWER = 62;

    // the portal's own words (Catalan bundle) for each outcome
    static final String EDIT_SAVED = "S'ha desat l'esborrany.";
    static final String EDIT_CONFLICT = "Algú altre ha desat aquesta fitxa mentre l'editàveu.";
    static final String FORWARDED = "Sol·licitud reenviada";
    static final String REVIEW_CONFLICT = "Algú altre ho ha canviat mentrestant";
    static final String TOO_MANY = "espereu que se'n resolgui alguna";
    static final String DUPLICATE = "Ja hi ha una sol·licitud igual";

    /** The chain mark each edit leaves in the summary: the edit's number on that sheet and who made it. */
    static final Pattern MARK = Pattern.compile(" \\[edició (\\d+) · ([^\\]]+)\\]$");
    static final Pattern REQUEST_MARK = Pattern.compile("Sol·licitud de càrrega ([0-9a-f-]{36})");
    static final Pattern SHEET_ID = Pattern.compile("\"url\":\"/project/view\\.xhtml\\?id=(\\d+)\"");
    static final Pattern MEMBER_OF = Pattern.compile("\"memberOf\":\\[(\\d+)");
    static final Pattern SUMMARY = Pattern.compile("\"summary\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");

    private MixedWriteBenchmark() {
    }

    /** One writer's tally; latencies in nanoseconds. */
    static final class Tally {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        final AtomicInteger limited = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

        void error(String what) {
            errors.incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add(what.length() > 300 ? what.substring(0, 300) : what);
            }
        }

        /**
         * Counts a page's answer to a form that can lose a race: acknowledged (its message says {@code done}, and
         * then true), told of a conflict ({@code conflict}), or anything else an error.
         */
        boolean settled(HttpResponse<String> sent, long t0, String done, String conflict, String what) {
            latencies.add(System.nanoTime() - t0);
            String messages = Jsoup.parse(sent.body()).select(".messages").text();
            if (sent.statusCode() == 200 && messages.contains(done)) {
                acknowledged.incrementAndGet();
                return true;
            }
            if (sent.statusCode() == 200 && messages.contains(conflict)) {
                conflicts.incrementAndGet();
            } else {
                error(what + ": " + sent.statusCode() + " " + messages);
            }
            return false;
        }

        String line(String name) {
            List<Long> all = new ArrayList<>(latencies);
            all.sort(null);
            return String.format(Locale.ROOT, "%-34s %6d %10d %9d %7d %9.1f %9.1f", name, acknowledged.get(),
                    conflicts.get(), limited.get(), errors.get(), LoadBenchmark.percentile(all, 0.5),
                    LoadBenchmark.percentile(all, 0.95));
        }
    }

    record Edit(long sheet, int number, String mark) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int seconds = Integer.parseInt(args[1]);
        String password = args[2];
        HttpClient anonymous = ForumBenchmark.client();
        List<Long> categories = ForumBenchmark.ids(ForumBenchmark.CATEGORY_ID,
                ForumBenchmark.get(anonymous, base + "/api/forum/categories"));
        List<Long> topics = ForumBenchmark.ids(ForumBenchmark.TOPIC_ID,
                ForumBenchmark.get(anonymous, base + "/api/forum/topics")).subList(0, POSTERS);
        List<Long> sheets = ForumBenchmark.ids(SHEET_ID, ForumBenchmark.get(anonymous, base + "/api/projects"))
                .subList(0, SHEETS);
        Map<Long, Integer> firstNumber = new HashMap<>();
        for (long s : sheets) {
            firstNumber.put(s, editNumber(summary(anonymous, base, s)));
        }

        // everyone signs in first; the requesters ask each other's councils (which have members to forward to)
        List<HttpClient> editors = signIn(base, password, FIRST_EDITOR, EDITORS);
        List<HttpClient> requesters = signIn(base, password, FIRST_REQUESTER, REQUESTERS);
        List<HttpClient> reviewers = signIn(base, password, FIRST_REVIEWER, REVIEWERS);
        List<Long> councils = new ArrayList<>();
        for (HttpClient r : requesters) {
            councils.add(Long.parseLong(ForumBenchmark.first(MEMBER_OF, ForumBenchmark.get(r, base + "/api/session"))));
        }
        System.out.printf(Locale.ROOT, "%nmixed writers for %d s through %s: %d forum posters, %d sheet editors on %d"
                + " sheets, %d requesters, %d request reviewers%n", seconds, base, POSTERS, EDITORS, SHEETS, REQUESTERS,
                REVIEWERS);

        Tally edits = new Tally();
        Tally requests = new Tally();
        Tally reviews = new Tally();
        List<Edit> acknowledgedEdits = Collections.synchronizedList(new ArrayList<>());
        Set<String> acknowledgedRequests = ConcurrentHashMap.newKeySet();
        Map<String, Integer> forwards = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newCachedThreadPool();
        CountDownLatch go = new CountDownLatch(1);
        long end = System.nanoTime() + seconds * 1_000_000_000L + 5_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        running.add(pool.submit(() -> {
            go.await();
            ForumBenchmark.post(base, topics, categories, POSTERS, seconds, password, FIRST_POSTER - 1);
            return null;
        }));
        for (int i = 0; i < EDITORS; i++) {
            HttpClient c = editors.get(i);
            long sheet = sheets.get(i % SHEETS);
            String who = "bench-" + (FIRST_EDITOR + i);
            Random r = new Random(FIRST_EDITOR + i);
            running.add(pool.submit(() -> {
                go.await();
                Thread.sleep(r.nextInt(5000));
                while (System.nanoTime() < end) {
                    edit(base, c, sheet, who, edits, acknowledgedEdits);
                    Thread.sleep(500 + r.nextInt(1500));
                }
                return null;
            }));
        }
        for (int i = 0; i < REQUESTERS; i++) {
            HttpClient c = requesters.get(i);
            long own = councils.get(i);
            List<Long> others = councils.stream().filter(b -> b != own).distinct().toList();
            Random r = new Random(FIRST_REQUESTER + i);
            running.add(pool.submit(() -> {
                go.await();
                Thread.sleep(r.nextInt(5000));
                // each council in turn, a contact request then a collaboration one: seldom a duplicate of a pending one
                for (int k = r.nextInt(others.size()); System.nanoTime() < end; k++) {
                    long wait = ask(base, c, others.get(k % others.size()), k / others.size() % 2 == 0 ? "CONTACT"
                            : "COLLABORATION", requests, acknowledgedRequests);
                    Thread.sleep(wait + r.nextInt(1000));
                }
                return null;
            }));
        }
        for (int i = 0; i < REVIEWERS; i++) {
            HttpClient c = reviewers.get(i);
            Random r = new Random(FIRST_REVIEWER + i);
            running.add(pool.submit(() -> {
                go.await();
                Thread.sleep(r.nextInt(5000));
                while (System.nanoTime() < end) {
                    review(base, c, r, reviews, forwards);
                    Thread.sleep(1000 + r.nextInt(2000));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();

        // refused: what the rules refuse with their message (ten pending requests each, no duplicate pending one)
        System.out.printf(Locale.ROOT, "%n%-34s %6s %10s %9s %7s %9s %9s%n", "writes", "acked", "conflicts", "refused",
                "errors", "p50 ms", "p95 ms");
        System.out.println(edits.line("sheet edits (editor, save)"));
        System.out.println(requests.line("requests sent (request form)"));
        System.out.println(reviews.line("requests forwarded (review page)"));
        for (Tally t : List.of(edits, requests, reviews)) {
            t.firstErrors.forEach(e -> System.out.println("  error: " + e));
        }

        // each sheet's acknowledged edits must be one chain: numbers first+1 … first+n, each once, the last shown
        int overwritten = 0;
        int lost = 0;
        for (long s : sheets) {
            List<Edit> mine = acknowledgedEdits.stream().filter(e -> e.sheet() == s)
                    .sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
            Set<Integer> numbers = mine.stream().map(Edit::number).collect(Collectors.toSet());
            overwritten += mine.size() - numbers.size();
            String shown = summary(anonymous, base, s);
            int expected = firstNumber.get(s) + mine.size();
            boolean chain = numbers.equals(java.util.stream.IntStream.rangeClosed(firstNumber.get(s) + 1, expected)
                    .boxed().collect(Collectors.toSet()));
            if (!chain || mine.isEmpty() && editNumber(shown) != firstNumber.get(s)
                    || !mine.isEmpty() && !shown.endsWith(mine.get(mine.size() - 1).mark())) {
                lost++;
                System.out.printf(Locale.ROOT, "sheet %d: %d edits acknowledged from number %d, shown: %s%n", s,
                        mine.size(), firstNumber.get(s), shown);
            }
        }
        // every acknowledged request once, every acknowledged forward on a forwarded request, none forwarded twice
        // a request shows in its sender's list and, once forwarded, in the receiving council's: count its ids
        Map<String, Set<Long>> stored = new HashMap<>();
        Map<String, String> status = new HashMap<>();
        for (HttpClient c : requesters) {
            String list = ForumBenchmark.get(c, base + "/api/requests");
            Matcher m = REQUEST_MARK.matcher(list);
            while (m.find()) {
                // a request's JSON object is flat: its fields lie between the braces around its message
                String object = list.substring(list.lastIndexOf('{', m.start()), list.indexOf('}', m.end()));
                stored.computeIfAbsent(m.group(1), k -> new java.util.HashSet<>()).add(Long.parseLong(
                        ForumBenchmark.first(ID, object)));
                status.put(m.group(1), ForumBenchmark.first(STATUS, object));
            }
        }
        long missingRequests = acknowledgedRequests.stream().filter(k -> !stored.containsKey(k)).count();
        long twice = stored.values().stream().filter(v -> v.size() > 1).count();
        long forwardedTwice = forwards.values().stream().filter(v -> v > 1).count();
        long notForwarded = forwards.keySet().stream().filter(k -> !"FORWARDED".equals(status.get(k))).count();
        System.out.printf(Locale.ROOT, "check: sheet edits: %d overwritten, %d sheets whose chain of acknowledged edits"
                + " is broken or not shown; requests: %d acknowledged missing, %d stored twice; reviews: %d forwards"
                + " acknowledged twice, %d acknowledged but not forwarded%n", overwritten, lost, missingRequests, twice,
                forwardedTwice, notForwarded);
    }

    /** Opens the sheet in the editor, adds the next link of the chain to its summary and saves it. */
    static void edit(String base, HttpClient c, long sheet, String who, Tally tally, List<Edit> acknowledged) {
        long t0 = System.nanoTime();
        try {
            Document page = page(c, base + "/project/edit.xhtml?id=" + sheet);
            FormElement form = (FormElement) page.selectFirst("form#edit");
            if (form == null) {
                tally.error("sheet " + sheet + ": no editor: " + page.title());
                return;
            }
            Map<String, String> fields = fields(form);
            String old = fields.getOrDefault("edit:summary", "");
            int number = editNumber(old) + 1;
            String mark = " [edició " + number + " · " + who + "]";
            fields.put("edit:summary", MARK.matcher(old).replaceFirst("") + mark);
            fields.put("edit:saveDraft", "save");
            HttpResponse<String> sent = c.send(multipart(form.absUrl("action"), base, fields),
                    HttpResponse.BodyHandlers.ofString());
            if (tally.settled(sent, t0, EDIT_SAVED, EDIT_CONFLICT, "edit of " + sheet)) {
                acknowledged.add(new Edit(sheet, number, mark));
            }
        } catch (Exception e) {
            tally.error("edit of " + sheet + ": " + e);
        }
    }

    /** Sends a contact or collaboration request from the request form; how long to wait before the next. */
    static long ask(String base, HttpClient c, long to, String kind, Tally tally, Set<String> acknowledged) {
        long t0 = System.nanoTime();
        try {
            Document page = page(c, base + "/account/request.xhtml?to=" + to);
            FormElement form = (FormElement) page.selectFirst("form#request");
            if (form == null) {
                tally.error("no request form for " + to + ": " + page.select("main").text());
                return 5000;
            }
            Map<String, String> fields = fields(form);
            String key = UUID.randomUUID().toString();
            fields.put("request:kind", kind);
            fields.put("request:message", "Sol·licitud de càrrega " + key + ": voldríem parlar del vostre projecte.");
            fields.put("request:consent", "on");
            fields.put("request:send", "send");
            HttpResponse<String> sent = c.send(urlencoded(form.absUrl("action"), base, fields),
                    HttpResponse.BodyHandlers.ofString());
            tally.latencies.add(System.nanoTime() - t0);
            String location = sent.headers().firstValue("Location").orElse("");
            if ((sent.statusCode() == 302 || sent.statusCode() == 303) && location.contains("/account/requests.xhtml")) {
                tally.acknowledged.incrementAndGet();
                acknowledged.add(key);
                return 1000;
            }
            String messages = Jsoup.parse(sent.body()).select(".messages").text();
            if (sent.statusCode() == 200 && (messages.contains(TOO_MANY) || messages.contains(DUPLICATE))) {
                // ten pending requests at most, and one of a kind to a council at a time: wait for the reviewers
                tally.limited.incrementAndGet();
                return 5000;
            }
            tally.error("request to " + to + ": " + sent.statusCode() + " " + messages);
        } catch (Exception e) {
            tally.error("request to " + to + ": " + e);
        }
        return 2000;
    }

    /** Opens the review page and forwards one of the pending requests (the others may be forwarding it too). */
    static void review(String base, HttpClient c, Random r, Tally tally, Map<String, Integer> forwards) {
        long t0 = System.nanoTime();
        try {
            Document page = page(c, base + "/admin/requests.xhtml");
            FormElement form = (FormElement) page.selectFirst("form#requests");
            List<Element> buttons = page.select("input[type=submit][name$=:forward]");
            if (form == null || buttons.isEmpty()) {
                return;
            }
            Element button = buttons.get(r.nextInt(Math.min(buttons.size(), 3)));
            Element card = button.closest(".request");
            Matcher key = REQUEST_MARK.matcher(card == null ? "" : card.text());
            if (!key.find()) {
                tally.error("a pending request without its text: " + (card == null ? "" : card.text()));
                return;
            }
            Map<String, String> fields = fields(form);
            fields.put(button.attr("name"), button.attr("value"));
            HttpResponse<String> sent = c.send(urlencoded(form.absUrl("action"), base, fields),
                    HttpResponse.BodyHandlers.ofString());
            if (tally.settled(sent, t0, FORWARDED, REVIEW_CONFLICT, "forward")) {
                forwards.merge(key.group(1), 1, Integer::sum);
            }
        } catch (Exception e) {
            tally.error("forward: " + e);
        }
    }

    static List<HttpClient> signIn(String base, String password, int first, int count) throws Exception {
        List<HttpClient> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpClient c = ForumBenchmark.client();
            ForumBenchmark.signIn(c, base, "bench-" + (first + i) + "@synthetic.digicanvis.localhost", password);
            out.add(c);
        }
        return out;
    }

    static int editNumber(String summary) {
        Matcher m = MARK.matcher(summary);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static String summary(HttpClient c, String base, long sheet) throws Exception {
        String json = ForumBenchmark.get(c, base + "/api/projects/" + sheet);
        Matcher m = SUMMARY.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no summary in " + json);
        }
        return m.group(1);
    }

    static Document page(HttpClient c, String url) throws Exception {
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "ca")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return Jsoup.parse(r.body(), url);
    }

    /**
     * What a browser would send of the form, without its buttons: the caller adds the one pressed (jsoup's form data
     * holds every submit button, and JSF would run the action of each one sent).
     */
    static Map<String, String> fields(FormElement form) {
        Set<String> buttons = form.select("input[type=submit], input[type=image], input[type=reset], button").stream()
                .map(b -> b.attr("name")).collect(Collectors.toSet());
        Map<String, String> out = new LinkedHashMap<>();
        for (Connection.KeyVal kv : form.formData()) {
            if (!kv.hasInputStream() && !buttons.contains(kv.key())) {
                out.putIfAbsent(kv.key(), kv.value());
            }
        }
        return out;
    }

    static HttpRequest urlencoded(String action, String base, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(action)).header("Accept-Language", "ca").header("Origin", base)
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpRequest multipart(String action, String base, Map<String, String> fields) {
        String boundary = "----digicanvis" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(e.getKey())
                    .append("\"\r\n\r\n").append(e.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return HttpRequest.newBuilder(URI.create(action)).header("Accept-Language", "ca").header("Origin", base)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    }
}
