package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The standing bad-input test: every form and every API endpoint gets a corpus of hostile values (over-long,
 * control characters, a right-to-left override, SQL and HTML metacharacters, huge numbers, wrong types, 10,000
 * characters and CJK queries, malformed JSON, wrong content types). Nothing may answer 5xx, no script may be
 * stored, and every refusal is a translated message. A new form or endpoint joins {@link #FORMS} or the API
 * lists below.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    /** What a hostile script would leave, unescaped, in a page. */
    static final String MARK = "dcx-hostile";
    static final List<String> HOSTILE = List.of(
            "x".repeat(10_000),
            "漢字検索".repeat(60),
            "\u0000\u0001\u0007\u001b[31m\u007f",
            "\u202Etxt.exe\u202C",
            "' OR '1'='1'; DROP TABLE account; -- \" \\",
            "<script>alert('" + MARK + "')</script> per a tothom, més de quinze caràcters",
            "<img src=x onerror=alert('" + MARK + "')> una imatge, més de quinze caràcters",
            "99999999999999999999999999",
            "-1",
            "1e308",
            "NaN",
            "../../../../etc/passwd",
            "${7*7} #{7*7} {{7*7}}",
            "%00%ff%",
            " ");
    /** A message key shown as it is (a missing translation) or a Java exception in a page. */
    static final Pattern UNTRANSLATED = Pattern.compile("^[a-z]+(\\.[A-Za-z0-9-]+){1,4}$|\\?\\?\\?|Exception|\\bat [a-z]+\\.[a-z]+\\.");
    /** The pages with forms, and whether they need a session (as the administrator, a member of a council). */
    static final Map<String, Boolean> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("/account/signup.xhtml", false);
        FORMS.put("/account/forgot.xhtml", false);
        FORMS.put("/account/login.xhtml", false);
        FORMS.put("/account/memberships.xhtml", true);
        FORMS.put("/account/notifications.xhtml", true);
        FORMS.put("/account/settings.xhtml", true);
        FORMS.put("/forum/new.xhtml", true);
        FORMS.put("/project/edit.xhtml", true);
        FORMS.put("/admin/users.xhtml", true);
        FORMS.put("/admin/bodies.xhtml", true);
        FORMS.put("/admin/forum.xhtml", true);
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal("dc_it_hostile", HostileInputIT.class);
    }

    @ArquillianResource
    URL base;

    /** HTTP/1.1, as browsers speak to a plain-HTTP server (no h2c upgrade). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static String cookie;
    static String csrf;
    static final List<String> seen = new ArrayList<>();

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "ca");
        if (signedIn) {
            b.header("Cookie", session());
        }
        return checked("GET " + path, exchange(b.build()));
    }

    /** The administrator's session (again, if a form ended it). */
    String session() throws Exception {
        if (cookie != null && exchange(HttpRequest.newBuilder(URI.create(url("/api/session"))).header("Cookie", cookie)
                .build()).body().contains("\"signedIn\":true")) {
            return cookie;
        }
        HttpResponse<String> r = exchange(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + Deployments.ADMIN_EMAIL + "\",\"password\":\""
                        + Deployments.ADMIN_PASSWORD + "\"}")).build());
        assertEquals(200, r.statusCode(), r.body());
        cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("DCSESSION=")).findFirst()
                .orElseThrow().split(";")[0];
        Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find());
        csrf = m.group(1);
        return cookie;
    }

    /**
     * Sends once more when the server closed a kept-alive connection after refusing an oversized request (a
     * browser does the same).
     */
    static HttpResponse<String> exchange(HttpRequest request) throws Exception {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** No 5xx, no trace, every message translated, no script let through. */
    static HttpResponse<String> checked(String what, HttpResponse<String> r) {
        String shown = what.length() > 160 ? what.substring(0, 160) + "…" : what;
        assertTrue(r.statusCode() < 500, shown + " answered " + r.statusCode() + ": " + r.body());
        String body = r.body() == null ? "" : r.body();
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.contains("html")) {
            Document page = Jsoup.parse(body);
            // a script of ours in the page, or an event handler, is a script let through; escaped text is not
            assertFalse(page.select("script").stream().anyMatch(s -> s.data().contains(MARK)), shown + " ran a script");
            assertFalse(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .anyMatch(a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on") && a.getValue().contains(MARK)),
                    shown + " let an event handler through");
            for (Element e : page.select(".msg-error, .messages li, [role=alert]")) {
                String text = e.ownText().strip();
                assertFalse(UNTRANSLATED.matcher(text).find(), shown + " shows an untranslated message: " + text);
            }
        } else if (body.contains(MARK)) {
            // JSON, feeds, CSV and plain text carry text as data; safe only as types no browser takes for a page
            // (every answer says nosniff)
            assertTrue(type.startsWith("application/json") || type.startsWith("application/atom+xml")
                    || type.startsWith("application/rss+xml") || type.startsWith("text/plain")
                    || type.startsWith("text/csv"), shown + ": " + type);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), shown);
        }
        if (!type.contains("html") && r.statusCode() >= 400 && body.startsWith("{")) {
            Matcher m = Pattern.compile("\"message\":\"([^\"]*)\"").matcher(body);
            assertTrue(m.find(), shown + ": a refusal says why: " + body);
            assertFalse(UNTRANSLATED.matcher(m.group(1)).find(), shown + ": " + m.group(1));
        }
        seen.add(shown);
        return r;
    }

    @Test
    @Order(1)
    @RunAsClient
    void everyReadingEndpointTakesHostileParameters() throws Exception {
        List<String> catalogue = List.of("q", "area", "typology", "phase", "scope", "band", "province", "comarca",
                "country", "near", "maxKm", "sort", "page", "size");
        for (String v : HOSTILE) {
            String e = enc(v);
            for (String p : catalogue) {
                get("/api/projects?" + p + "=" + e, false);
                get("/project/list.xhtml?" + p + "=" + e, false);
            }
            get("/api/projects/" + e, false);
            get("/api/projects/" + e + "/similar", false);
            for (String p : List.of("category", "list", "sort", "page")) {
                get("/api/forum/topics?" + p + "=" + e, false);
                get("/forum/index.xhtml?" + p + "=" + e, false);
            }
            get("/api/forum/topics/" + e + "?page=" + e, false);
            get("/api/forum/feed?category=" + e, false);
            get("/api/forum/feed?topic=" + e, false);
            get("/forum/category.xhtml?id=" + e + "&page=" + e, false);
            get("/forum/topic.xhtml?id=" + e + "&page=" + e + "&quote=" + e, false);
            get("/forum/search.xhtml?q=" + e, false);
            get("/project/view.xhtml?id=" + e, false);
            get("/body/view.xhtml?id=" + e, false);
            for (String p : catalogue) {
                get("/open-data/sheets.csv?" + p + "=" + e, false);
                get("/open-data/sheets.json?" + p + "=" + e + "&lang=" + e, false);
                get("/feeds/sheets.atom?" + p + "=" + e, false);
                get("/project/map.xhtml?" + p + "=" + e, false);
            }
            get("/project/map.xhtml?view=" + e + "&shade=" + e, false);
            get("/stats.csv?chart=" + e + "&lang=" + e, false);
            get("/open-data/" + e, false);
            get("/account/import.xhtml?job=" + e, true);
            get("/files/" + e, false);
            get("/lang?to=" + e + "&back=" + e, false);
            get("/mail/unsubscribe?t=" + e, false);
            get("/account/reset.xhtml?token=" + e, false);
            get("/account/verify.xhtml?token=" + e, false);
            get("/account/recommendations.xhtml?body=" + e, true);
            get("/account/profile.xhtml?body=" + e, true);
            get("/account/request.xhtml?to=" + e + "&sheet=" + e + "&kind=" + e + "&from=" + e, true);
            get("/project/review.xhtml?id=" + e, true);
            get("/project/edit.xhtml?id=" + e, true);
        }
        // the clause limit of the full-text search, and a query as long as the address allows: a 400 that says why
        HttpResponse<String> cjk = get("/api/projects?q=" + enc("漢".repeat(400)), false);
        assertTrue(cjk.statusCode() == 200 || cjk.statusCode() == 400, "" + cjk.statusCode());
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "ca")
                .header("Cookie", session()).header("X-CSRF-Token", csrf)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return checked(method + " " + path + " " + body, exchange(b.build()));
    }

    static String json(String v) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyWritingEndpointTakesHostileBodies() throws Exception {
        // markup is fine to post: it is stored as text and shown escaped
        String markup = "<script>alert('" + MARK + "')</script> i <img src=x onerror=alert('" + MARK + "')> al text";
        HttpResponse<String> started = send("POST", "/api/forum/topics", "application/json", "{\"category\":\"1\",\"title\":"
                + json("<script>alert('" + MARK + "')</script> un títol") + ",\"body\":" + json(markup) + "}");
        assertEquals(201, started.statusCode(), started.body());
        Matcher id = Pattern.compile("\"topic\":(\\d+)").matcher(started.body());
        assertTrue(id.find());
        String topic = id.group(1);
        List<String> malformed = List.of("", "{", "{\"title\":", "[]", "null", "42", "\"text\"", "{\"title\":{\"a\":1}}",
                "{\"title\":[1,2]}", "{\"body\":12345678901234567890123}", "<xml/>", "{\"title\":\"\\ud800\"}");
        for (String path : List.of("/api/forum/topics", "/api/forum/topics/1/posts", "/api/session",
                "/api/requests/1/messages", "/api/requests/1/accept", "/api/requests/1/outcome")) {
            for (String body : malformed) {
                send("POST", path, "application/json", body);
            }
            send("POST", path, "text/plain", "{\"title\":\"x\"}");
            send("POST", path, "application/x-www-form-urlencoded", "title=x&body=y");
            send("POST", path, null, "{}");
            send("PUT", path, "application/json", "{}");
        }
        for (String v : HOSTILE) {
            String j = json(v);
            send("POST", "/api/session", "application/json", "{\"email\":" + j + ",\"password\":" + j + "}");
            session();
            for (String field : List.of("category", "sheet", "title", "body")) {
                Map<String, String> t = new LinkedHashMap<>(Map.of("category", json("1"), "sheet", "null",
                        "title", json("Un tema per provar entrades hostils"), "body",
                        json("Un text prou llarg per a ser un missatge del fòrum.")));
                t.put(field, j);
                String sent = "{" + String.join(",", t.entrySet().stream().map(x -> json(x.getKey()) + ":" + x.getValue())
                        .toList()) + "}";
                send("POST", "/api/forum/topics", "application/json", sent);
            }
            send("POST", "/api/forum/digests?frequency=" + enc(v), null, "");
            // the request steps read ids, versions, dates and flags: hostile ones are refused, never a 500
            for (String step : List.of("messages", "accept", "decline", "ask", "propose-date", "confirm-date", "cancel",
                    "outcome", "show-name")) {
                send("POST", "/api/requests/" + enc(v) + "/" + step, "application/json", "{\"version\":0}");
                send("POST", "/api/requests/1/" + step, "application/json", "{\"version\":" + j + ",\"text\":" + j
                        + ",\"date\":" + j + ",\"held\":" + j + ",\"useful\":" + j + ",\"show\":" + j + "}");
                send("POST", "/api/requests/1/" + step, "application/json", "{\"version\":1,\"text\":" + j
                        + ",\"date\":" + j + "}");
            }
            send("GET", "/api/requests/" + enc(v), null, "");
            // a sheet page's marks form: hostile sheets, tokens and buttons are refused, never a 500
            send("POST", "/project/mark", "application/x-www-form-urlencoded", "sheet=" + enc(v) + "&token=" + enc(v)
                    + "&bookmark=" + enc(v));
            send("POST", "/project/mark", "application/x-www-form-urlencoded", "sheet=1&token=" + enc(csrf)
                    + "&" + enc(v) + "=1");
            send("POST", "/mail/unsubscribe?t=" + enc(v), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
            // the forum's plain forms (actions on posts, following): the same
            for (String action : List.of("like", "bookmark", "accept", "withdraw", "watch", "watch-category", enc(v))) {
                send("POST", "/forum/act", "application/x-www-form-urlencoded", "token=" + enc(csrf) + "&" + action
                        + "=1&post=" + enc(v) + "&version=" + enc(v) + "&topic=" + enc(v) + "&category=" + enc(v)
                        + "&level=" + enc(v) + "&page=" + enc(v));
            }
            send("POST", "/forum/act", "application/x-www-form-urlencoded", "token=" + enc(csrf) + "&watch=1&topic="
                    + topic + "&level=" + enc(v));
        }
        for (String v : HOSTILE) {
            send("POST", "/api/forum/topics/" + topic + "/posts", "application/json", "{\"body\":" + json(v) + ",\"quote\":"
                    + json(v) + "}");
            // an import's dry run takes hostile cells, names and flags; it stores nothing whatever they are
            String row = "title,lead_body_type,lead_body_code,summary,areas\r\n\"" + v.replace("\"", "\"\"")
                    + "\",municipality,25217,\"" + v.replace("\"", "\"\"") + "\",\"" + v.replace("\"", "\"\"") + "\"\r\n";
            send("POST", "/api/imports?dryRun=true&name=" + enc(v), "text/csv", row);
            send("POST", "/api/imports?dryRun=" + enc(v), "text/csv", row);
            send("POST", "/api/imports?dryRun=true", "text/csv", v);
            send("GET", "/api/imports/" + enc(v), null, "");
        }

        // what was stored is shown escaped, as a page and as JSON
        get("/api/forum/topics/" + topic, false);
        String shown = get("/forum/topic.xhtml?id=" + topic, true).body();
        assertTrue(shown.contains("&lt;script&gt;alert('" + MARK + "')&lt;/script&gt; un títol"), "the title is shown as text");
        get("/forum/index.xhtml", false);
    }

    @Test
    @Order(3)
    @RunAsClient
    void everyFormTakesHostileFields() throws Exception {
        int posted = 0;
        Map<String, Integer> perPage = new LinkedHashMap<>();
        for (Map.Entry<String, Boolean> page : FORMS.entrySet()) {
            for (int n = 0; n < HOSTILE.size(); n++) {
                String v = HOSTILE.get(n);
                // every other time, choices get a value that is none of theirs
                boolean wrongChoices = n % 2 == 1;
                HttpResponse<String> shown = get(page.getKey(), page.getValue());
                assertEquals(200, shown.statusCode(), page.getKey());
                Document doc = Jsoup.parse(shown.body(), url(page.getKey()));
                for (Element form : doc.select("form[method=post]")) {
                    List<String> fields = new ArrayList<>();
                    boolean typed = false;
                    for (Element in : form.select("input[name], textarea[name], select[name]")) {
                        String type = in.attr("type").toLowerCase(java.util.Locale.ROOT);
                        String name = in.attr("name");
                        if (in.tagName().equals("select")) {
                            Element first = in.selectFirst("option");
                            fields.add(enc(name) + "=" + enc(first == null || wrongChoices ? v : first.attr("value")));
                            typed = true;
                        } else if (type.equals("hidden")) {
                            fields.add(enc(name) + "=" + enc(in.attr("value")));
                        } else if (List.of("", "text", "email", "password", "search", "number", "date", "url", "tel")
                                .contains(type) || in.tagName().equals("textarea")) {
                            fields.add(enc(name) + "=" + enc(v));
                            typed = true;
                        } else if ((type.equals("checkbox") || type.equals("radio")) && !fields.contains(enc(name) + "=on")) {
                            fields.add(enc(name) + "=" + enc(in.attr("value").isEmpty() ? "on" : in.attr("value")));
                        }
                    }
                    Element submit = form.selectFirst("input[type=submit][name], button[type=submit][name]");
                    if (!typed || submit == null) {
                        continue;
                    }
                    fields.add(enc(submit.attr("name")) + "=" + enc(submit.attr("value")));
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "ca")
                            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)));
                    if (page.getValue()) {
                        b.header("Cookie", cookie);
                    }
                    checked("POST " + page.getKey() + "#" + form.id() + " " + v, exchange(b.build()));
                    posted++;
                    perPage.merge(page.getKey(), 1, Integer::sum);
                }
            }
        }
        assertTrue(posted >= FORMS.size() * HOSTILE.size(), "every page's forms were posted: " + perPage);
        // nothing posted comes back as a script, wherever it is shown
        for (String path : List.of("/", "/project/list.xhtml", "/forum/index.xhtml", "/admin/users.xhtml",
                "/admin/audit.xhtml", "/admin/bodies.xhtml", "/account/settings.xhtml", "/account/sheets.xhtml",
                "/account/notifications.xhtml", "/editor/queue.xhtml", "/moderator/forum.xhtml")) {
            get(path, true);
        }
    }
}
