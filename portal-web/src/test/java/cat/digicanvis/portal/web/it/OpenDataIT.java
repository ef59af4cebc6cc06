package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.web.opendata.SheetsExport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The open data from outside, as a program would read it: the downloads parsed back as CSV and JSON, the feed as
 * Atom, the DCAT-AP description as RDF (Turtle and JSON-LD give the same graph), the OpenAPI document listing
 * every endpoint, and conditional GETs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal("dc_it_opendata");
    }

    @ArquillianResource
    URL base;

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}");

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    int catalogueTotal(String filters) throws Exception {
        return json(get("/api/projects?size=1&" + filters).body()).getInt("total");
    }

    @Test
    void theCsvHoldsEverySelectedSheetWithEveryColumnAndNoContactDetails() throws Exception {
        int total = catalogueTotal("area=participation");
        HttpResponse<String> r = get("/open-data/sheets.csv?area=participation&lang=es");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(r.body(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(SheetsExport.COLUMNS, p.getHeaderNames());
            rows = p.getRecords();
        }
        assertEquals(total, rows.size(), "one row per sheet the catalogue selects");
        for (CSVRecord row : rows) {
            assertTrue(row.get("areas").contains("participation"), row.get("areas"));
            assertTrue(row.get("area_labels").contains("Participación y gobierno abierto"), row.get("area_labels"));
            assertTrue(row.get("url").startsWith("http://portal.it.test/project/view.xhtml?id=" + row.get("id")));
            assertFalse(row.get("title").isBlank());
        }
        assertTrue(rows.stream().anyMatch(x -> !x.get("savings_euros_year").isEmpty()
                && new java.math.BigDecimal(x.get("savings_euros_year")).signum() > 0), "savings as plain numbers");
        assertFalse(EMAIL.matcher(r.body()).find(), "no email address anywhere");
        // the whole catalogue, and the same in JSON
        int all = catalogueTotal("");
        JsonObject doc = json(get("/open-data/sheets.json").body());
        JsonArray sheets = doc.getJsonArray("sheets");
        assertEquals(all, sheets.size());
        JsonObject first = sheets.getJsonObject(0);
        assertTrue(first.getJsonObject("leadBody").containsKey("population"));
        assertTrue(first.getJsonArray("areas").getJsonObject(0).containsKey("label"));
        assertTrue(first.getJsonObject("savings").containsKey("eurosPerYear"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", doc.getString("licence"));
        assertFalse(EMAIL.matcher(doc.toString()).find(), "no email address anywhere");
    }

    @Test
    void downloadsFeedAndApiAnswerNotModifiedWhileNothingChanged() throws Exception {
        for (String path : List.of("/open-data/sheets.csv?area=participation", "/open-data/sheets.json",
                "/feeds/sheets.atom?scope=km0", "/open-data/catalog.ttl", "/api/projects?size=3")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + path));
            assertEquals(304, get(path, "If-None-Match", etag).statusCode(), path);
            assertEquals("", get(path, "If-None-Match", etag).body(), path);
            assertEquals(200, get(path, "If-None-Match", "\"something-else\"").statusCode(), path);
            if (!path.startsWith("/api/")) {
                String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
                assertEquals(304, get(path, "If-Modified-Since", lastModified).statusCode(), path);
            }
        }
        // another filter or language is another representation
        String csv = get("/open-data/sheets.csv?area=participation").headers().firstValue("ETag").orElseThrow();
        assertFalse(csv.equals(get("/open-data/sheets.csv?area=participation&lang=en").headers().firstValue("ETag").orElseThrow()));
    }

    @Test
    void badParametersAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> r = get("/open-data/sheets.csv?area=moon", "Accept-Language", "ca");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("moon"), r.body());
        r = get("/open-data/sheets.csv?colour=blue", "Accept-Language", "es");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("«colour» no se acepta"), r.body());
        assertEquals(400, get("/open-data/sheets.json?lang=fr").statusCode());
        assertEquals(400, get("/feeds/sheets.atom?sort=sideways").statusCode());
        assertEquals(404, get("/open-data/passwords.csv").statusCode());
    }

    @Test
    void theFeedIsAtomWithTheNewestSelectedSheets() throws Exception {
        int total = catalogueTotal("scope=foreign");
        HttpResponse<String> r = get("/feeds/sheets.atom?scope=foreign");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Element feed = d.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(Math.min(total, 50), entries.getLength());
        String previous = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            String updated = e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent();
            assertTrue(previous == null || previous.compareTo(updated) >= 0, "newest first");
            previous = updated;
            assertTrue(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent()
                    .startsWith("http://portal.it.test/project/view.xhtml?id="));
        }
        // the catalogue page announces the feed for its filters
        String page = get("/project/list.xhtml?scope=foreign").body();
        assertTrue(page.contains("type=\"application/atom+xml\"") && page.contains("/feeds/sheets.atom?scope=foreign"), page);
    }

    @Test
    void theDcatDescriptionParsesAsTheSameGraphInTurtleAndJsonLd() throws Exception {
        HttpResponse<String> ttl = get("/open-data/catalog.ttl");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model turtle = Rio.parse(new StringReader(ttl.body()), "", RDFFormat.TURTLE);
        Model jsonLd = Rio.parse(new StringReader(get("/open-data/catalog.jsonld").body()), "", RDFFormat.JSONLD);
        assertTrue(Models.isomorphic(turtle, jsonLd), "the same graph in both syntaxes");
        var dataset = Models.subjectIRI(turtle.filter(null, RDF.TYPE, DCAT.DATASET)).orElseThrow();
        assertEquals(4, turtle.filter(dataset, DCAT.HAS_DISTRIBUTION, null).size(), "CSV, JSON, Atom and the API");
        assertTrue(turtle.contains(dataset, DCTERMS.ACCRUAL_PERIODICITY, null));
        assertTrue(turtle.contains(dataset, DCAT.THEME, null));
        assertEquals(3, turtle.filter(dataset, DCTERMS.TITLE, null).size(), "titles in ca, es and en");
        assertTrue(turtle.contains(null, DCTERMS.LICENSE,
                org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance().createIRI("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(turtle.contains(null, RDF.TYPE, DCAT.DATA_SERVICE));
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() throws Exception {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonObject paths = json(r.body()).getJsonObject("paths");
        Set<String> documented = new HashSet<>();
        paths.forEach((path, ops) -> ops.asJsonObject().keySet().forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        Set<String> expected = new HashSet<>(Set.of("GET /open-data/sheets.csv", "GET /open-data/sheets.json",
                "GET /open-data/catalog.ttl", "GET /open-data/catalog.jsonld", "GET /feeds/sheets.atom", "GET /stats.csv"));
        for (Class<?> c : List.of(cat.digicanvis.portal.web.api.ProjectResource.class, cat.digicanvis.portal.web.api.ImportResource.class,
                cat.digicanvis.portal.web.api.ForumResource.class, cat.digicanvis.portal.web.api.ForumFeedResource.class,
                cat.digicanvis.portal.web.api.SessionResource.class)) {
            String prefix = "/api/" + c.getAnnotation(Path.class).value();
            for (Method m : c.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    expected.add(verb + " " + prefix + (sub == null ? "" : "/" + sub.value()));
                }
            }
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(documented);
        assertEquals(Set.of(), missing, "documented: " + documented);
        JsonObject list = paths.getJsonObject("/api/projects").getJsonObject("get");
        assertTrue(list.getJsonArray("parameters").size() >= 14, "the catalogue's filters are described");
        // and the readable page shows them, without any script
        String page = get("/api-reference.xhtml").body();
        for (String e : expected) {
            assertTrue(page.contains(e), e);
        }
        assertFalse(page.contains("<script src=\"http"), "no third-party script");
    }

    @Test
    void anUploadTooLargeIsRefusedWithAPageThatSaysSo() throws Exception {
        byte[] body = new byte[30 * 1024 * 1024];
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = http11.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                        + "/account/import.xhtml")).header("Content-Type", "multipart/form-data; boundary=x")
                .header("Origin", origin).header("Accept-Language", "ca")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode());
        String page = get(URI.create(r.headers().firstValue("Location").orElseThrow()).getPath()
                .replaceFirst("^" + base.getPath().replaceAll("/$", ""), ""), "Accept-Language", "ca").body();
        assertTrue(page.contains("El fitxer és massa gran"), page);
        // by the API, the same file is refused by its size too
        HttpResponse<String> api = get("/open-data/template.csv");
        assertEquals(200, api.statusCode());
        assertTrue(api.body().startsWith("external_id,id,url,title,"), api.body());
        assertEquals(2, api.body().split("\r\n").length, "the header and one example row");
    }
}
