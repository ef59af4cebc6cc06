package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.application.sheet.FileService;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.SheetForm;
import cat.digicanvis.portal.application.sheet.SheetSaved;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.support.PageCache;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal deployed on Payara Micro with the demo content: the read API and pages from outside, and the
 * writing services from inside the container.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal("dc_it_portal", PortalIT.class);
    }

    @ArquillianResource
    URL base;
    @jakarta.persistence.PersistenceContext(unitName = "portal")
    jakarta.persistence.EntityManager em;

    @Inject
    ProjectSheetService sheets;
    @Inject
    CatalogueService catalogue;
    @Inject
    LocalBodyService bodies;
    @Inject
    FileService files;

    @Inject
    cat.digicanvis.portal.application.opendata.SheetImportService imports;
    @Inject
    cat.digicanvis.portal.application.account.AccountService accountService;
    @Inject
    cat.digicanvis.portal.domain.model.account.AccountRepository accountRepository;
    @Inject
    cat.digicanvis.portal.domain.model.project.ProjectSheetRepository sheetRepository;
    @jakarta.ejb.EJB
    cat.digicanvis.portal.application.opendata.SheetImportRunner importRunner;

    static final HttpClient HTTP = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    // ---- from outside: the read API and the pages

    /** A demo sheet's id (the in-container tests add sheets of their own, in any order). */
    int demoSheetId() throws Exception {
        return json(get("/api/projects?size=100&sort=title", null)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("origin").equals("demo"))
                .findFirst().orElseThrow().getInt("id");
    }

    @Test
    @RunAsClient
    void apiListsTheDemoSheetsWithFacets() throws Exception {
        HttpResponse<String> r = get("/api/projects?size=5", null);
        assertEquals(200, r.statusCode());
        JsonObject page = json(r);
        assertTrue(page.getInt("total") >= 60, r.body());
        JsonArray items = page.getJsonArray("items");
        assertEquals(5, items.size());
        JsonObject first = items.getJsonObject(0);
        assertNotNull(first.getJsonObject("leadBody").getJsonNumber("population"));
        assertTrue(page.getJsonObject("facets").getJsonObject("area").getInt("social-services") > 0);
    }

    @Test
    @RunAsClient
    void apiFiltersCombineAndSearchIgnoresAccents() throws Exception {
        JsonObject withAccent = json(get("/api/projects?q=participaci%C3%B3&size=100", null));
        JsonObject without = json(get("/api/projects?q=participacio&size=100", null));
        assertTrue(withAccent.getInt("total") > 0);
        assertEquals(withAccent.getInt("total"), without.getInt("total"));
        JsonObject km0Small = json(get("/api/projects?scope=km0&band=0-500&band=501-2000&size=100", null));
        for (JsonObject item : km0Small.getJsonArray("items").getValuesAs(JsonObject.class)) {
            JsonObject body = item.getJsonObject("leadBody");
            assertTrue(body.getBoolean("km0"));
            assertTrue(body.getInt("population") <= 2000, item.toString());
        }
        assertEquals(0, json(get("/api/projects?q=zzzyyyxxx", null)).getInt("total"));
    }

    @Test
    @RunAsClient
    void apiNearSortsByDistanceWithinRadius() throws Exception {
        JsonObject near = json(get("/api/projects?near=25217&maxKm=120&size=100", null));
        double last = -1;
        for (JsonObject item : near.getJsonArray("items").getValuesAs(JsonObject.class)) {
            double km = item.getJsonNumber("distanceKm").doubleValue();
            assertTrue(km >= last && km <= 120, item.toString());
            last = km;
        }
        assertTrue(near.getInt("total") > 0);
    }

    @Test
    @RunAsClient
    void municipalitiesAreSuggestedAsOneTypesAndANameTypedInFullSearchesNearIt() throws Exception {
        HttpResponse<String> r = get("/api/municipalities?query=TARR", null);
        assertEquals(200, r.statusCode());
        JsonObject found = json(r);
        // the most populated first: Tarragona, then Tàrrega
        assertEquals("Tarragona (Tarragonès)", found.getJsonArray("suggestions").getJsonObject(0).getString("label"));
        JsonObject second = found.getJsonArray("suggestions").getJsonObject(1);
        assertEquals("Tàrrega (Urgell)", second.getString("label"));
        assertEquals("25217", second.getString("value"));
        assertFalse(found.getBoolean("moreAvailable"));
        JsonObject many = json(get("/api/municipalities?query=sant", null));
        assertEquals(10, many.getJsonArray("suggestions").size(), "at most ten");
        assertTrue(many.getBoolean("moreAvailable"));
        assertTrue(json(get("/api/municipalities?query=t", null)).getJsonArray("suggestions").isEmpty());
        assertTrue(json(get("/api/municipalities", null)).getJsonArray("suggestions").isEmpty());

        // the catalogue's form sends the name as typed (also without JavaScript): it searches near that municipality
        HttpResponse<String> page = get("/project/list.xhtml?near_input=tarrega&maxKm=50&sort=distance", "ca");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("a prop de Tàrrega"), "the results say near where");
        assertTrue(page.body().contains("value=\"Tàrrega (Urgell)\""), "and the field shows the municipality");
        assertTrue(page.body().contains("maxKm=50") && page.body().contains("near=25217"), "links carry its code");
        HttpResponse<String> unknown = get("/project/list.xhtml?near_input=Tarragonaa", "es");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("no encontramos ningún municipio de Cataluña llamado «Tarragonaa»"), unknown.body());
        assertTrue(unknown.body().contains("value=\"Tarragonaa\""), "what was typed stays in the field");
        HttpResponse<String> cleared = get("/project/list.xhtml?near=25217&near_input=", "ca");
        assertFalse(cleared.body().contains("a prop de Tàrrega"), "an emptied field searches near nowhere");
    }

    @Test
    @RunAsClient
    void theOperatorsReadThePortalsFiguresAtMetrics() throws Exception {
        // a reading page twice: rendered, then from the page cache
        String page = "/project/list.xhtml?area=social-services&phase=pilot&sort=population";
        get(page, "ca");
        assertEquals(java.util.Optional.of("hit"), get(page, "ca").headers().firstValue("X-Page-Cache"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("/metrics?scope=application")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        String text = r.body();
        assertTrue(figure(text, "portal_requests_total") >= 2, "both visits counted: " + text);
        assertTrue(figure(text, "portal_page_cache_hits_total") >= 1, "the second visit came from the cache: " + text);
        assertTrue(figure(text, "portal_page_cache_misses_total") >= 1, text);
        assertTrue(figure(text, "portal_page_cache_pages") >= 1, text);
        assertTrue(figure(text, "portal_page_cache_bytes") > 0, text);
        assertTrue(figure(text, "portal_outbox_pending") >= 0, "the database answered: " + text);
        assertTrue(figure(text, "portal_recommender_training_seconds") >= 0, text);
        assertEquals(1.0, figure(text, "portal_cluster_members"), "alone: " + text);
        assertTrue(figure(text, "portal_server_errors_total") >= 0, text);
    }

    /** A figure of the Prometheus text, by its name (whatever its tags). */
    static double figure(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([-0-9.eE+]+)$").matcher(text);
        assertTrue(m.find(), name + " in " + text);
        return Double.parseDouble(m.group(2));
    }

    @Test
    @RunAsClient
    void apiRefusesBadParametersInTheCallersLanguage() throws Exception {
        HttpResponse<String> r = get("/api/projects?area=gardening&size=abc", "es");
        assertEquals(400, r.statusCode());
        JsonObject error = json(r);
        assertEquals("La petición tiene valores incorrectos.", error.getString("message"));
        assertEquals(2, error.getJsonArray("errors").size());
        assertEquals(400, get("/api/projects?maxKm=10", null).statusCode());
        assertEquals(400, get("/api/projects?near=99999", null).statusCode());
        assertEquals(100, json(get("/api/projects?size=5000", null)).getInt("size"));
    }

    @Test
    @RunAsClient
    void apiOneSheetAndUnknownIds() throws Exception {
        HttpResponse<String> r = get("/api/projects/" + demoSheetId(), null);
        assertEquals(200, r.statusCode());
        JsonObject sheet = json(r);
        assertFalse(sheet.getJsonArray("contacts").isEmpty());
        assertFalse(r.body().contains("@example.org"), "contact emails are never public");
        assertEquals(404, get("/api/projects/987654321", null).statusCode());
        assertEquals(404, get("/api/projects/abc", null).statusCode());
    }

    @Test
    @RunAsClient
    void pagesAnswerWithTheRightStatusAndLanguage() throws Exception {
        HttpResponse<String> home = get("/", "ca");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("lang=\"ca\""));
        assertTrue(home.body().contains("Observatori dels DigiCanvis"));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));

        HttpResponse<String> missing = get("/project/view.xhtml?id=987654321", "es");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("No hemos encontrado la página"), missing.body());
        assertFalse(missing.body().contains("NotFoundException") || missing.body().contains("at cat.digicanvis"),
                "no stack trace reaches the reader");
        assertEquals(404, get("/no-such-page.xhtml", "en").statusCode());

        HttpResponse<String> bad = get("/project/list.xhtml?area=gardening", "ca");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("el valor «gardening» no és vàlid"));

        HttpResponse<String> sheetPage = get("/project/view.xhtml?id=" + demoSheetId(), "en");
        assertEquals(200, sheetPage.statusCode());
        assertTrue(sheetPage.body().contains("This sheet is demo content"));
        assertFalse(sheetPage.body().contains("@example.org"));
    }

    /** The demo sheets marked as last reviewed over two years ago, by title. */
    static List<String> staleDemoTitles(boolean stale) {
        try (var in = PortalIT.class.getClassLoader().getResourceAsStream("demo/demo-sheets.json")) {
            return Json.createReader(in).readObject().getJsonArray("sheets").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.containsKey("reviewedMonthsAgo") == stale).map(s -> s.getString("title")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    int sheetIdByTitle(String title) throws Exception {
        String q = java.net.URLEncoder.encode(title, StandardCharsets.UTF_8);
        return json(get("/api/projects?size=100&q=" + q, null)).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow().getInt("id");
    }

    @Test
    @RunAsClient
    void sheetsNotReviewedForTwoYearsAreFlaggedInTheCatalogueAndOnTheirPage() throws Exception {
        String stale = staleDemoTitles(true).get(0);
        String q = java.net.URLEncoder.encode(stale, StandardCharsets.UTF_8);
        String list = get("/project/list.xhtml?q=" + q, "ca").body();
        assertTrue(list.contains("badge-stale") && list.contains("Sense revisar fa més de 24 mesos"), list);
        assertTrue(get("/project/view.xhtml?id=" + sheetIdByTitle(stale), "en").body()
                .contains("has not been reviewed for over 24 months"));
        String fresh = staleDemoTitles(false).get(0);
        assertFalse(get("/project/view.xhtml?id=" + sheetIdByTitle(fresh), "en").body().contains("stale-notice"));
    }

    @Test
    @RunAsClient
    void readingPagesAreServedFromTheCacheUntilSomethingChanges() throws Exception {
        String path = "/project/list.xhtml?area=social-services&sort=title";
        HttpResponse<String> first = get(path, "ca");
        HttpResponse<String> second = get(path, "ca");
        assertEquals(200, second.statusCode());
        assertEquals("hit", second.headers().firstValue("X-Page-Cache").orElse(""));
        // the same page but for its CSP nonce, which each answer gets afresh
        assertEquals(withoutNonce(first.body()), withoutNonce(second.body()));
        assertTrue(!first.body().equals(second.body()), "a replay carries a new nonce");
        assertEquals("nosniff", second.headers().firstValue("X-Content-Type-Options").orElse(""));
        // another language is another page
        assertTrue(get(path, "en").body().contains("Social services"));
        // a short search is kept; a long one (one person's words) is not
        get("/project/list.xhtml?q=padr%C3%B3+en+l%C3%ADnia", "ca");
        assertEquals("hit", get("/project/list.xhtml?q=padr%C3%B3+en+l%C3%ADnia", "ca").headers()
                .firstValue("X-Page-Cache").orElse(""));
        String longSearch = "/project/list.xhtml?q=" + java.net.URLEncoder.encode(
                "un text molt llarg que ningú més no escriurà mai igual", StandardCharsets.UTF_8);
        get(longSearch, "ca");
        assertEquals("", get(longSearch, "ca").headers().firstValue("X-Page-Cache").orElse(""));
        // errors are never kept
        get("/project/view.xhtml?id=987654321", "ca");
        assertEquals("", get("/project/view.xhtml?id=987654321", "ca").headers().firstValue("X-Page-Cache").orElse(""));
    }

    /**
     * A catalogue page is rendered once for everybody: a signed-in person gets it from the cache with their own
     * header, and a visitor never gets theirs.
     */
    @Test
    @RunAsClient
    void signedInPeopleShareTheCachedPageWithTheirOwnHeader() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        HttpResponse<String> session = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"email\":\""
                        + Deployments.ADMIN_EMAIL + "\",\"password\":\"" + Deployments.ADMIN_PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, session.statusCode(), session.body());
        String cookie = session.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("DCSESSION="))
                .findFirst().orElseThrow().split(";")[0];
        String path = "/project/list.xhtml?area=participation&sort=title&phase=pilot";
        java.util.function.Supplier<HttpResponse<String>> signedIn = () -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept-Language", "ca")
                        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        HttpResponse<String> first = signedIn.get();
        assertEquals("miss", first.headers().firstValue("X-Page-Cache").orElse(""));
        assertTrue(first.body().contains("id=\"nav-account\">Administrator</a>"), "their own bar");
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        HttpResponse<String> visitor = get(path, "ca");
        assertEquals("hit", visitor.headers().firstValue("X-Page-Cache").orElse(""), "rendered once for everybody");
        assertFalse(visitor.body().contains("nav-account"), "a visitor never gets a person's header");
        assertTrue(visitor.body().contains("/account/login.xhtml"));
        HttpResponse<String> again = signedIn.get();
        assertEquals("hit", again.headers().firstValue("X-Page-Cache").orElse(""));
        assertTrue(again.body().contains("id=\"nav-account\">Administrator</a>") && again.body().contains("/admin/users.xhtml"));
        assertFalse(again.body().contains("/account/login.xhtml"));
        assertTrue(again.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "never in a shared cache");
        assertEquals(withoutNonce(first.body()), withoutNonce(again.body()), "the same page as rendered for them");

        // a sheet's page: a visitor's render is kept, and an editor gets it with the contact details and edit links
        String sheetPath = "/project/view.xhtml?id=" + sheetIdByTitle(staleDemoTitles(false).get(0));
        HttpResponse<String> visitorSheet = get(sheetPath, "ca");
        assertFalse(visitorSheet.body().contains("mailto:") || visitorSheet.body().contains("/project/edit.xhtml?id="));
        HttpResponse<String> editorSheet = HTTP.send(HttpRequest.newBuilder(URI.create(root + sheetPath))
                .header("Accept-Language", "ca").header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals("hit", editorSheet.headers().firstValue("X-Page-Cache").orElse(""));
        assertTrue(editorSheet.body().contains("id=\"contact-details\"") && editorSheet.body().contains("mailto:"),
                "an editor reads the contact details");
        assertTrue(editorSheet.body().contains("/project/edit.xhtml?id="), "and may edit");
        assertFalse(get(sheetPath, "ca").body().contains("mailto:"), "the visitors' page stays theirs");

        // a mark sent after the session ended leads to signing in and back to the sheet; a wrong token is refused
        String origin = URI.create(root).resolve("/").toString().replaceAll("/$", "");
        HttpResponse<String> late = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/project/mark"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString("sheet=7&token=x&bookmark=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, late.statusCode(), late.body());
        assertTrue(late.headers().firstValue("Location").orElse("").contains("/account/login.xhtml?back=%2Fproject%2Fview.xhtml%3Fid%3D7"));
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/project/mark"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString("sheet=7&token=forged&bookmark=1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
    }

    static String withoutNonce(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        return m.find() ? page.replace(m.group(1), "NONCE") : page;
    }

    /**
     * Work that must happen once however many nodes run the portal: a job's lease is one node's until it ends
     * (then another may take it over), and a mail is sent only by the node that claimed it.
     */
    @Test
    void scheduledJobsAndMailGoFromOneNodeAtATime() throws Exception {
        cat.digicanvis.portal.application.jobs.JobLeases leases = jakarta.enterprise.inject.spi.CDI.current()
                .select(cat.digicanvis.portal.application.jobs.JobLeases.class).get();
        String job = "it-job-" + System.nanoTime();
        java.time.Duration second = java.time.Duration.ofSeconds(1);
        assertTrue(leases.take(job, "node-a", second), "the first node takes it");
        assertFalse(leases.take(job, "node-b", java.time.Duration.ofMinutes(1)), "held by another: not run twice");
        assertTrue(leases.take(job, "node-a", second), "renewed by its holder");
        Thread.sleep(1600);
        assertTrue(leases.take(job, "node-b", java.time.Duration.ofMinutes(1)), "a lease that ended is taken over");
        assertFalse(leases.take(job, "node-a", second));

        cat.digicanvis.portal.domain.model.mail.MailRepository outbox = jakarta.enterprise.inject.spi.CDI.current()
                .select(cat.digicanvis.portal.domain.model.mail.MailRepository.class).get();
        jakarta.transaction.UserTransaction tx = jakarta.enterprise.inject.spi.CDI.current()
                .select(jakarta.transaction.UserTransaction.class).get();
        tx.begin();
        cat.digicanvis.portal.domain.model.mail.MailMessage mail = new cat.digicanvis.portal.domain.model.mail.MailMessage(
                "claims@it.test", "ca", "Prova", "Un correu que dos nodes volen enviar.",
                cat.digicanvis.portal.domain.shared.Clock.now());
        outbox.store(mail);
        long id = mail.getId();
        java.time.Duration minutes = java.time.Duration.ofMinutes(2);
        // claimed as it is stored, so that this node's own sender (every minute) never sees it free
        assertTrue(outbox.claim(id, "node-a", minutes));
        tx.commit();
        java.util.function.BiFunction<String, java.time.Duration, Boolean> claim = (node, d) -> {
            try {
                tx.begin();
                boolean got = outbox.claim(id, node, d);
                tx.commit();
                return got;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertTrue(claim.apply("node-a", minutes), "renewed by its holder");
        assertFalse(claim.apply("node-b", minutes), "claimed by another: not sent twice");
        // node-a died while sending: its claim ends (set in the past rather than waited for, so that this node's
        // own sender, which sends pending mail every minute, does not take it meanwhile)
        tx.begin();
        em.createNativeQuery("UPDATE mail_message SET claimed_until = NOW(3) - INTERVAL 1 SECOND WHERE id = ?1")
                .setParameter(1, id).executeUpdate();
        tx.commit();
        assertTrue(claim.apply("node-b", minutes), "a claim that ended is left to another");
        tx.begin();
        outbox.find(id).orElseThrow().sent(cat.digicanvis.portal.domain.shared.Clock.now());
        tx.commit();
        assertFalse(claim.apply("node-b", minutes), "a sent mail is claimed by nobody");
    }

    @Test
    void aChangeEmptiesThePageCache() throws Exception {
        PageCache pages = jakarta.enterprise.inject.spi.CDI.current().select(PageCache.class).get();
        pages.put("ca /project/list.xhtml?x", new PageCache.Page("text/html", new byte[] {1}, null), pages.generation());
        assertNotNull(pages.get("ca /project/list.xhtml?x"));
        sheets.save(Actor.SYSTEM, form(tarrega(), "Canvi que buida la memòria cau"));
        assertEquals(null, pages.get("ca /project/list.xhtml?x"));
    }

    // ---- inside the container: the writing services

    static SheetForm form(long leadBodyId, String title) {
        SheetForm f = new SheetForm();
        f.setTitle(title);
        f.setSummary("Resum de prova.");
        f.setLeadBodyId(leadBodyId);
        f.setDescription("Descripció amb <script>alert(1)</script> i **negreta**.");
        f.setPhase(Phase.PILOT);
        f.getAreas().add(Area.SOCIAL_SERVICES);
        f.getTypologies().add(Typology.SERVICES);
        f.getContacts().add(new SheetForm.Contact("Joan Serra", "Tècnic", "joan@example.org", null, true));
        return f;
    }

    long tarrega() {
        return bodies.findByCode(BodyType.MUNICIPALITY, "25217").orElseThrow().id();
    }

    @Test
    void aPublishedSheetIsFoundAndItsMarkupSanitised() {
        SheetSaved draft = sheets.save(Actor.SYSTEM, form(tarrega(), "Teleassistència de prova IT"));
        assertEquals(SheetStatus.DRAFT, draft.status());
        assertTrue(catalogue.entry(draft.id()).isEmpty(), "drafts are not in the catalogue");
        SheetForm edit = sheets.edit(Actor.SYSTEM, draft.id());
        SheetSaved published = sheets.saveAndPublish(Actor.SYSTEM, edit, ContentOrigin.USER);
        assertEquals(SheetStatus.PUBLISHED, published.status());
        assertTrue(catalogue.entry(published.id()).isPresent());
        String html = sheets.view(published.id()).descriptionHtml();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("<strong>negreta</strong>"), html);
        CatalogueQuery q = new CatalogueQuery("teleassistencia prova", null, null, null, null, null, null, null, null,
                null, null, null, 0, 10);
        assertEquals(published.id(), catalogue.search(q).items().get(0).entry().id());
    }

    @Test
    void anIncompleteSheetIsNotPublishedAndNothingIsStored() {
        SheetForm f = form(tarrega(), "Incompleta IT");
        f.setDescription(null);
        f.getAreas().clear();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> sheets.saveAndPublish(Actor.SYSTEM, f, ContentOrigin.USER));
        assertEquals(List.of("description", "areas"), e.violations().stream().map(Violation::field).toList());
        CatalogueQuery q = new CatalogueQuery("Incompleta", null, null, null, null, null, null, null, null, null,
                null, null, 0, 10);
        assertEquals(0, catalogue.search(q).total());
        f.setSavingsEurosPerYear(new BigDecimal("-3"));
        assertThrows(RuleViolationException.class, () -> sheets.save(Actor.SYSTEM, f));
    }

    @Test
    void aConcurrentEditIsRefusedAndTheFirstOneKept() {
        SheetSaved saved = sheets.save(Actor.SYSTEM, form(tarrega(), "Edició concurrent IT"));
        SheetForm alice = sheets.edit(Actor.SYSTEM, saved.id());
        SheetForm bob = sheets.edit(Actor.SYSTEM, saved.id());
        alice.setTitle("Títol de l'Alícia");
        sheets.save(Actor.SYSTEM, alice);
        bob.setTitle("Títol d'en Bob");
        assertThrows(ConcurrentEditException.class, () -> sheets.save(Actor.SYSTEM, bob));
        assertEquals("Títol de l'Alícia", sheets.edit(Actor.SYSTEM, saved.id()).getTitle());
    }

    @Test
    void uploadsAreCheckedByContentAndSize() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", files.store(Actor.SYSTEM, "informe.pdf", pdf).contentType());
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        RuleViolationException wrongType = assertThrows(RuleViolationException.class, () -> files.store(Actor.SYSTEM, "informe.pdf", html));
        assertEquals("validation.file.type", wrongType.violations().get(0).messageKey());
        RuleViolationException tooLarge = assertThrows(RuleViolationException.class,
                () -> files.store(Actor.SYSTEM, "gran.pdf", new byte[300_000]));
        assertEquals("validation.file.tooLarge", tooLarge.violations().get(0).messageKey());
    }

    @Test
    void aForeignBodyIsCreatedFromAGeoNamesTownOnce() {
        var gent = bodies.createForeign(Actor.SYSTEM, 2797656, null, null, null, null, null, null);
        assertEquals(BodyType.FOREIGN, gent.type());
        assertEquals("BE", gent.countryCode());
        assertTrue(gent.population() > 200_000);
        assertEquals(gent.id(), bodies.createForeign(Actor.SYSTEM, 2797656, null, null, null, null, null, null).id());
        RuleViolationException catalan = assertThrows(RuleViolationException.class,
                () -> bodies.createForeign(Actor.SYSTEM, 3128760, null, null, null, null, null, null));
        assertEquals("validation.body.catalanTown", catalan.violations().get(0).messageKey());
    }

    // ---- inventories in: a download imported gives the same sheets; importing it again updates them

    /** Imports rows as the administrator, publishing, and waits for the job to finish. */
    cat.digicanvis.portal.application.opendata.SheetImportService.JobView importAsAdmin(
            List<java.util.Map<String, String>> rows) throws Exception {
        long adminId = accountRepository.findByEmail(Deployments.ADMIN_EMAIL).orElseThrow().getId();
        Actor admin = accountService.actorFor(adminId).orElseThrow();
        long job = imports.start(admin, "round-trip.csv", rows, true);
        imports.run(job);
        long end = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        var view = imports.job(admin, job);
        while (view.running() && System.nanoTime() < end) {
            Thread.sleep(200);
            view = imports.job(admin, job);
        }
        assertFalse(view.running(), "the import finished");
        return view;
    }

    static java.util.Map<String, java.util.Map<String, String>> byColumn(String csv, String key) throws Exception {
        java.util.Map<String, java.util.Map<String, String>> out = new java.util.LinkedHashMap<>();
        try (var p = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).build())) {
            for (var r : p) {
                out.put(r.get(key), r.toMap());
            }
        }
        return out;
    }

    @Test
    void aDownloadImportedGivesTheSameSheetsAndASecondImportUpdatesThem() throws Exception {
        String before = get("/open-data/sheets.csv?area=social-services", null).body();
        List<java.util.Map<String, String>> rows = cat.digicanvis.portal.web.opendata.SpreadsheetFile.read("x.csv",
                new java.io.ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8)));
        assertTrue(rows.size() >= 3, "demo sheets in social services: " + rows.size());
        var first = importAsAdmin(rows);
        assertEquals(rows.size(), first.created(), first.failures().toString());
        assertEquals(0, first.failed());

        // each original's copy, found by the identifier it came with (the original's url), has every field equal
        var originals = byColumn(before, "url");
        var after = byColumn(get("/open-data/sheets.csv", null).body(), "id");
        java.util.Set<String> portalSet = java.util.Set.of("id", "url", "origin", "published_at", "updated_at", "reviewed_at");
        for (var o : originals.entrySet()) {
            long copyId = sheetRepository.findByExternalId(o.getKey()).orElseThrow().getId();
            var copy = after.get(Long.toString(copyId));
            assertTrue(copy != null, "the copy is published: " + copyId);
            for (String column : cat.digicanvis.portal.application.opendata.SheetRows.COLUMNS) {
                if (!portalSet.contains(column)) {
                    assertEquals(o.getValue().get(column), copy.get(column), column + " of " + o.getKey());
                }
            }
            assertEquals("user", copy.get("origin"));
        }

        // the same file again: the copies are updated, nothing is added
        int total = catalogue.size();
        var second = importAsAdmin(rows);
        assertEquals(0, second.created());
        assertEquals(rows.size(), second.updated(), second.failures().toString());
        assertEquals(total, catalogue.size(), "no duplicates");
    }

    @Test
    void aRefusedRowStoresNothingAndTheOthersGoIn() throws Exception {
        long adminId = accountRepository.findByEmail(Deployments.ADMIN_EMAIL).orElseThrow().getId();
        Actor admin = accountService.actorFor(adminId).orElseThrow();
        java.util.Map<String, String> good = new java.util.HashMap<>(java.util.Map.of("external_id", "it-import-good",
                "title", "Registre electrònic importat d'un full", "summary", "Resum", "description", "Descripció",
                "lead_body_type", "municipality", "lead_body_code", "25217", "areas", "services-formalities",
                "typologies", "services", "phase", "pilot"));
        java.util.Map<String, String> formula = new java.util.HashMap<>(good);
        formula.put("external_id", "it-import-formula");
        formula.put("savings_euros_year", "=1+1");
        java.util.Map<String, String> unknownBody = new java.util.HashMap<>(good);
        unknownBody.put("external_id", "it-import-nobody");
        unknownBody.put("lead_body_code", "99999");
        java.util.Map<String, String> incomplete = new java.util.HashMap<>(good);
        incomplete.put("external_id", "it-import-incomplete");
        incomplete.remove("phase");
        var check = imports.check(admin, List.of(good, formula, unknownBody, incomplete), true);
        assertEquals(1, check.valid());
        assertEquals(java.util.Set.of(2, 3, 4), check.problems().stream().map(p -> p.row())
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(check.problems().stream().anyMatch(p -> p.row() == 2 && p.violation().messageKey().equals("validation.import.formula")));
        assertTrue(sheetRepository.findByExternalId("it-import-good").isEmpty(), "the dry run wrote nothing");
        var job = importAsAdmin(List.of(good, formula, unknownBody, incomplete));
        assertEquals(1, job.created());
        assertEquals(3, job.failed());
        assertTrue(sheetRepository.findByExternalId("it-import-good").isPresent());
        for (String refused : List.of("it-import-formula", "it-import-nobody", "it-import-incomplete")) {
            assertTrue(sheetRepository.findByExternalId(refused).isEmpty(), refused);
        }
        // only editors publish on import; nobody imports without belonging to a body
        assertThrows(cat.digicanvis.portal.domain.shared.AccessDeniedException.class,
                () -> imports.check(Actor.ANONYMOUS, List.of(good), false));
    }

    @Test
    void anImportARestartInterruptedGoesOnAfterItsLastRowDone() throws Exception {
        long adminId = accountRepository.findByEmail(Deployments.ADMIN_EMAIL).orElseThrow().getId();
        Actor admin = accountService.actorFor(adminId).orElseThrow();
        List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            rows.add(java.util.Map.of("external_id", "it-resume-" + n, "title", "Fitxa importada i represa número " + n,
                    "lead_body_type", "municipality", "lead_body_code", "25217"));
        }
        // started, and stopped by a restart after its first row (which this test leaves undone on purpose)
        long job = imports.start(admin, "represa.csv", rows, false);
        importRunner.progress(job, cat.digicanvis.portal.application.sheet.ProjectSheetService.Imported.CREATED, null);
        assertTrue(imports.resumeInterrupted() >= 1);
        long end = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        var view = imports.job(admin, job);
        while (view.running() && System.nanoTime() < end) {
            Thread.sleep(200);
            view = imports.job(admin, job);
        }
        assertFalse(view.running());
        assertEquals(3, view.done());
        assertEquals(3, view.created());
        assertTrue(sheetRepository.findByExternalId("it-resume-1").isEmpty(), "the rows done before are not done again");
        assertTrue(sheetRepository.findByExternalId("it-resume-2").isPresent());
        assertTrue(sheetRepository.findByExternalId("it-resume-3").isPresent());
        assertEquals(0, imports.resumeInterrupted(), "nothing is left running");
    }
}
