package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;

/** What a council's staff member does in a real browser, each page checked with axe-core. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal("dc_it_browser");
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void open() throws Exception {
        browser = new Browser("ca");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Tests share one browser but no state: the language cookie and the session go between tests. */
    @BeforeEach
    void forget() {
        go("/about.xhtml");
        d().manage().deleteAllCookies();
    }

    WebDriver d() {
        return browser.driver;
    }

    void go(String path) {
        d().get(base.toString().replaceAll("/$", "") + path);
    }

    /** Clicks something that loads a new page, and waits until it has (the old page goes stale). */
    void clickAndWait(WebElement element) {
        // marks the old page, so that the wait ends only on a new, fully loaded one
        JavascriptExecutor js = (JavascriptExecutor) d();
        js.executeScript("window.__oldPage = true;");
        element.click();
        new WebDriverWait(d(), Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(driver ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return window.__oldPage !== true && document.readyState === 'complete';")));
    }

    void clickAndWait(By by) {
        clickAndWait(d().findElement(by));
    }

    /**
     * Picks a suggestion with the keyboard alone: the letters, the down arrow (unless the first is highlighted
     * already) and Enter; returns the label of the suggestion picked, which must contain {@code expected}.
     */
    String pickSuggestion(String inputId, String letters, String expected) {
        WebElement box = d().findElement(By.id(inputId));
        box.sendKeys(letters);
        String panel = "#" + inputId.replace("_input", "_panel").replace(":", "\\:");
        WebElement suggestion = new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> x.findElements(
                By.cssSelector(panel + " .ui-autocomplete-item")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        String label = suggestion.getText();
        assertTrue(label.contains(expected), label);
        if (d().findElements(By.cssSelector(panel + " .ui-autocomplete-item.ui-state-highlight")).isEmpty()) {
            box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        box.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> label.equals(x.findElement(By.id(inputId)).getAttribute("value")));
        gone(panel);
        return label;
    }

    /**
     * The request form is sent after its session ended: the person is sent to sign in, told why ({@code ended}),
     * signs in, and is back on the form, told it was kept ({@code restored}).
     */
    void sendAfterTheSessionEnded(String email, String password, String ended, String restored) {
        d().manage().deleteCookieNamed("DCSESSION");
        clickAndWait(By.id("request:send"));
        assertTrue(d().getCurrentUrl().contains("/account/login.xhtml"), d().getCurrentUrl());
        assertTrue(messages().contains(ended), messages());
        d().findElement(By.id("login:email")).sendKeys(email);
        d().findElement(By.id("login:password")).sendKeys(password);
        clickAndWait(By.id("login:signIn"));
        assertTrue(d().getCurrentUrl().contains("/account/request.xhtml"), d().getCurrentUrl());
        assertTrue(messages().contains(restored), messages());
    }

    /** Opens a date picker's calendar with the down arrow; returns the day it focuses (today, or the day chosen). */
    WebElement openCalendar(String inputId) {
        d().findElement(By.id(inputId)).sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        return new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> {
            WebElement f = x.switchTo().activeElement();
            return f.findElements(By.xpath("ancestor::*[contains(@class,'ui-datepicker-calendar')]")).isEmpty() ? null : f;
        });
    }

    /**
     * Waits until an overlay (a calendar, suggestions) has gone after a choice: it fades out, and meanwhile it is
     * half-transparent (a contrast finding) and still covers what lies under it, as the person would not see it.
     */
    void gone(String css) {
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> x.findElements(By.cssSelector(css)).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    int resultCount() {
        String heading = d().findElement(By.id("results-heading")).getText().strip();
        return heading.startsWith("1 fitxa") ? 1 : Integer.parseInt(heading.split(" ")[0].replace(".", ""));
    }

    List<WebElement> cards() {
        return d().findElements(By.cssSelector(".results .card"));
    }

    WebElement facetLink(String label) {
        return d().findElements(By.cssSelector(".facet a")).stream().filter(a -> a.getText().contains(label))
                .findFirst().orElseThrow(() -> new AssertionError("no facet " + label));
    }

    @Test
    void homeAndAboutAreAccessible() {
        go("/");
        assertEquals("Observatori dels DigiCanvis", d().findElement(By.tagName("h1")).getText());
        browser.assertAccessible("home");
        go("/about.xhtml");
        assertTrue(d().getPageSource().contains("GeoNames"));
        browser.assertAccessible("about");
        clickAndWait(By.id("footer-open-data"));
        assertEquals("Dades obertes", d().findElement(By.tagName("h1")).getText());
        browser.assertAccessible("open data");
        clickAndWait(By.linkText("Referència de l'API"));
        assertFalse(d().findElements(By.cssSelector(".api-operation")).isEmpty());
        browser.assertAccessible("API reference");
        go("/project/view.xhtml?id=99999999");
        assertEquals("No hem trobat la pàgina", d().findElement(By.tagName("h1")).getText());
        browser.assertAccessible("404");
    }

    @Test
    void filterTheCatalogueByAreaAndPopulationBand() {
        go("/project/list.xhtml");
        int all = resultCount();
        browser.assertAccessible("catalogue");
        clickAndWait(facetLink("Serveis i tràmits"));
        int byArea = resultCount();
        assertTrue(byArea > 0 && byArea < all, byArea + " of " + all);
        assertTrue(d().getCurrentUrl().contains("area=services-formalities"));
        WebElement band = d().findElements(By.cssSelector(".facet a")).stream()
                .filter(a -> a.getAttribute("href").contains("band=") && !a.getText().contains("(0)"))
                .findFirst().orElseThrow();
        String bandHref = band.getAttribute("href");
        clickAndWait(band);
        int byBoth = resultCount();
        assertTrue(byBoth > 0 && byBoth <= byArea);
        assertTrue(d().getCurrentUrl().contains("area=services-formalities") && d().getCurrentUrl().contains("band="));
        for (WebElement card : cards()) {
            assertTrue(card.getText().contains("Serveis i tràmits"), card.getText());
        }
        // the URL alone gives the same view: bookmarkable
        go(bandHref.substring(bandHref.indexOf("/project/")));
        assertEquals(byBoth, resultCount());
    }

    @Test
    void searchWithAndWithoutAccents() {
        go("/project/list.xhtml");
        d().findElement(By.id("q")).sendKeys("participació");
        clickAndWait(By.cssSelector(".filters-form button[type=submit]"));
        int accented = resultCount();
        assertTrue(accented > 0);
        go("/project/list.xhtml?q=participacio");
        assertEquals(accented, resultCount());
        go("/project/list.xhtml?q=transformacions");
        assertTrue(resultCount() > 0);
    }

    @Test
    void sortNearAMunicipality() {
        go("/project/list.xhtml");
        // the municipality among 947, by its first letters, with the keyboard
        assertEquals("Tàrrega (Urgell)", pickSuggestion("near_input", "tarreg", "Tàrrega"));
        browser.assertAccessible("catalogue, a municipality picked");
        d().findElement(By.id("maxKm")).sendKeys("150");
        clickAndWait(By.cssSelector(".filters-form button[type=submit]"));
        assertTrue(d().findElement(By.id("results-heading")).getText().contains("Tàrrega"));
        assertEquals("Tàrrega (Urgell)", d().findElement(By.id("near_input")).getAttribute("value"));
        double last = -1;
        for (WebElement distance : d().findElements(By.cssSelector(".results .distance"))) {
            double km = Double.parseDouble(distance.getText().replace(" km", "").replace(".", "").replace(',', '.'));
            assertTrue(km >= last && km <= 150, distance.getText());
            last = km;
        }
        assertTrue(last >= 0, "some results have a distance");
        browser.assertAccessible("catalogue near");
    }

    /**
     * The newcomer's journey in Spanish on a phone-sized screen: the catalogue with its first result near the top
     * and a municipality picked by its first letters; sign-up with a refused password; the council found by
     * suggestions and joined; a visit asked for from a sheet, its day chosen in the Spanish calendar with the
     * keyboard; the session ending while the form is open, and the form coming back filled after signing in; the
     * back button after sending. No page is wider than the screen, axe finds nothing serious, the console is clean.
     */
    @Test
    void aNewcomersJourneyInSpanishOnAPhone() {
        org.openqa.selenium.Dimension desktop = d().manage().window().getSize();
        d().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            go("/");
            clickAndWait(By.cssSelector(".languages a[lang=es]"));
            assertFitsThePhone("inicio");
            go("/project/list.xhtml");
            int firstResult = cards().get(0).getRect().getY();
            assertTrue(firstResult < 1_400, "the first result is " + firstResult + " px down the page");
            assertEquals("Bellpuig (Urgell)", pickSuggestion("near_input", "bellp", "Bellpuig"));
            clickAndWait(By.cssSelector(".filters-form button[type=submit]"));
            assertTrue(d().findElement(By.id("results-heading")).getText().contains("cerca de Bellpuig"),
                    d().findElement(By.id("results-heading")).getText());
            assertFitsThePhone("catálogo cerca de un municipio");

            String email = "laia.serra@bellpuig.it.test";
            String password = "Bellpuig-movil-claustro-7";
            go("/account/signup.xhtml");
            type("signup:name", "Laia Serra");
            type("signup:email", email);
            type("signup:password", "123456789012");
            type("signup:confirmation", "123456789012");
            clickAndWait(By.id("signup:signUp"));
            assertTrue(messages().contains("es una contraseña demasiado común"), messages());
            assertFitsThePhone("alta con errores");
            type("signup:password", password);
            type("signup:confirmation", password);
            clickAndWait(By.id("signup:signUp"));
            go(Mailbox.link(Mailbox.await(email, 1), "/account/verify.xhtml"));
            signIn(email, password);
            go("/");
            assertTrue(d().findElement(By.id("next-steps")).getText().contains("Hágase miembro de su ayuntamiento o ente"),
                    d().findElement(By.id("next-steps")).getText());
            assertFitsThePhone("inicio con los próximos pasos");

            go("/account/memberships.xhtml");
            assertTrue(pickSuggestion("memberships:query_input", "Bellpu", "Bellpuig (Ayuntamiento").contains("habitantes"));
            new WebDriverWait(d(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(x -> x.findElement(By.id("chosen-body")).getText().contains("Bellpuig"));
            type("memberships:position", "Técnica de administración electrónica");
            clickAndWait(By.id("memberships:request"));
            assertTrue(messages().contains("Solicitud enviada"), messages());
            assertFitsThePhone("mis entes");
            signOut();
            signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
            go("/admin/memberships.xhtml");
            clickAndWait(approveButtonOf(email));
            assertTrue(messages().contains("Pertenencia aprobada"), messages());
            signOut();
            signIn(email, password);

            // a visit asked for from a sheet of another council, with a day from the calendar
            go("/project/list.xhtml?scope=km0");
            clickAndWait(cards().stream().filter(c -> !c.getText().contains("Bellpuig")).findFirst().orElseThrow()
                    .findElement(By.cssSelector("h3 a")));
            clickAndWait(By.id("ask-visit"));
            String formUrl = d().getCurrentUrl();
            assertFitsThePhone("solicitud");
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            java.time.format.DateTimeFormatter dayFormat = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            openCalendar("request:visitFrom_input");
            String month = today.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.forLanguageTag("es"));
            assertTrue(d().findElement(By.cssSelector(".ui-datepicker-header")).getText().toLowerCase(java.util.Locale.ROOT)
                    .contains(month.toLowerCase(java.util.Locale.ROOT)), "the calendar speaks Spanish: "
                    + d().findElement(By.cssSelector(".ui-datepicker-header")).getText());
            assertFitsThePhone("solicitud, calendario abierto");
            for (int i = 0; i < 7; i++) {
                d().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            }
            d().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
            String visitDay = today.plusDays(7).format(dayFormat);
            new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> visitDay.equals(
                    x.findElement(By.id("request:visitFrom_input")).getAttribute("value")));
            gone(".ui-datepicker");
            d().findElement(By.id("request:visitTo_input")).sendKeys(today.plusDays(9).format(dayFormat));
            String text = "Somos el Ayuntamiento de Bellpuig y querríamos ver el proyecto en funcionamiento.";
            type("request:message", text);
            type("request:visitors", "2");
            d().findElement(By.id("request:consent")).click();
            // the session ends with the form open: signing in again brings it back filled
            sendAfterTheSessionEnded(email, password, "La sesión había terminado", "Hemos recuperado lo que había escrito");
            assertEquals(text, d().findElement(By.id("request:message")).getAttribute("value"));
            assertEquals(visitDay, d().findElement(By.id("request:visitFrom_input")).getAttribute("value"));
            assertFitsThePhone("solicitud recuperada");
            clickAndWait(By.id("request:send"));
            assertTrue(messages().contains("Solicitud enviada"), messages());
            assertTrue(d().getCurrentUrl().contains("/account/requests.xhtml"), d().getCurrentUrl());
            String sent = d().findElement(By.cssSelector(".request-list .request")).getText();
            assertTrue(sent.contains("Solicitud de visita"), sent);
            assertFitsThePhone("mis solicitudes");
            // back after sending: the form's page again, not the browser's question about sending it twice
            d().navigate().back();
            new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> "complete".equals(
                    ((JavascriptExecutor) x).executeScript("return document.readyState")));
            assertFalse(d().findElements(By.id("request:send")).isEmpty(), "back to the form: " + d().getCurrentUrl());
            assertTrue(d().getCurrentUrl().startsWith(formUrl.split("\\?")[0]), d().getCurrentUrl());
            // and the request is withdrawn while it waits (it leaves the administrators' queue to the other tests)
            go("/account/requests.xhtml");
            clickAndWait(By.cssSelector("input[id$=':withdraw']"));
            assertTrue(d().findElements(By.cssSelector("input[id$=':withdraw']")).isEmpty(), "nothing left to withdraw");
            assertFitsThePhone("mis solicitudes, retirada");
            signOut();
        } finally {
            d().manage().window().setSize(desktop);
        }
    }

    /** The page fits a phone's width (nothing to scroll sideways but the menus' own rows), and passes axe. */
    void assertFitsThePhone(String page) {
        Object overflow = ((JavascriptExecutor) d()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, page + " is " + overflow + " px wider than the screen");
        browser.assertAccessible(page);
    }

    @Test
    void openASheetAndItsBody() {
        go("/project/list.xhtml?scope=foreign");
        WebElement link = cards().get(0).findElement(By.cssSelector("h3 a"));
        String title = link.getText();
        clickAndWait(link);
        assertEquals(title, d().findElement(By.tagName("h1")).getText());
        assertTrue(d().findElement(By.cssSelector(".notice-demo")).isDisplayed());
        assertFalse(d().getPageSource().contains("@example.org"), "no contact email on public pages");
        browser.assertAccessible("sheet");
        // projects like this one, each with why, leading to another sheet
        List<WebElement> similar = d().findElements(By.cssSelector("#similar .similar-card"));
        assertFalse(similar.isEmpty(), "the sheet page shows projects like it");
        assertTrue(similar.size() <= 10);
        assertFalse(similar.get(0).findElements(By.cssSelector(".reasons li")).isEmpty(), "and says why");
        String sheetUrl = d().getCurrentUrl();
        WebElement next = similar.get(0).findElement(By.cssSelector("h3 a"));
        String nextTitle = next.getText();
        clickAndWait(next);
        assertEquals(nextTitle, d().findElement(By.tagName("h1")).getText());
        assertFalse(title.equals(nextTitle), "not the same sheet");
        d().navigate().to(sheetUrl);
        clickAndWait(By.cssSelector("#level-body + dl a"));
        assertTrue(d().getPageSource().contains(title));
        browser.assertAccessible("body");
    }

    void signIn(String email, String password) {
        go("/account/login.xhtml");
        d().findElement(By.id("login:email")).sendKeys(email);
        d().findElement(By.id("login:password")).sendKeys(password);
        clickAndWait(By.id("login:signIn"));
    }

    @Test
    void writeASheetThroughTheWizard() {
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        go("/project/edit.xhtml");
        browser.assertAccessible("wizard step 1");
        clickAndWait(By.id("edit:next"));
        assertTrue(d().findElement(By.id("edit:messages")).getText().contains("Títol: cal omplir aquest camp."));
        d().findElement(By.id("edit:title")).sendKeys("Finestreta única digital de prova");
        d().findElement(By.id("edit:summary")).sendKeys("Un sol punt d'entrada per a tots els tràmits.");
        // leaving with changes not sent asks first (the browser's own question, which WebDriver answers by
        // itself: the test asks the page whether it would ask)
        assertEquals(Boolean.TRUE, wouldAskBeforeLeaving());
        clickAndWait(By.id("edit:next"));
        assertEquals(Boolean.FALSE, wouldAskBeforeLeaving(), "a page just shown has nothing unsaved");

        // a foreign town from its first letters, in the country chosen first: its figures come filled in
        new Select(d().findElement(By.id("edit:townCountry"))).selectByValue("BE");
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        assertTrue(pickSuggestion("edit:townQuery_input", "Gen", "Gent (Bèlgica").contains("habitants"));
        new WebDriverWait(d(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(x -> !x.findElements(By.id("edit:townPopulation")).isEmpty()
                        && !x.findElement(By.id("edit:townPopulation")).getAttribute("value").isEmpty());
        // the body by its first letters, with the keyboard; picked, it is offered to lead or join
        assertTrue(pickSuggestion("edit:bodyQuery_input", "Tàrrega", "Tàrrega (Ajuntament").contains("habitants"));
        WebElement lead = new WebDriverWait(d(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(x -> x.findElements(By.cssSelector("#edit\\:bodyChoices input[value='Tria com a impulsor']")).stream()
                        .findFirst().orElse(null));
        assertEquals(1, d().findElements(By.cssSelector("#edit\\:bodyChoices li")).size(), "only the body picked");
        browser.assertAccessible("wizard step 2, suggestions picked");
        clickAndWait(lead);
        assertTrue(d().findElement(By.id("lead-current")).getText().contains("Tàrrega"));
        // without picking, the search button still finds bodies by name
        d().findElement(By.id("edit:bodyQuery_input")).sendKeys("Bellpuig");
        clickAndWait(By.id("edit:searchBodies"));
        clickAndWait(d().findElements(By.cssSelector("input[value='Afegeix com a col·laborador']")).get(0));
        String partners = d().findElement(By.id("edit")).getText();
        assertTrue(partners.contains("Ens col·laboradors") && partners.contains("Bellpuig"), partners);
        browser.assertAccessible("wizard step 2");
        clickAndWait(By.id("edit:next"));

        d().findElement(By.id("edit:description")).sendKeys("La ciutadania fa **tots** els tràmits en un sol lloc.");
        d().findElement(By.id("edit:savingsYear")).sendKeys("-10");
        clickAndWait(By.id("edit:next"));
        assertTrue(d().findElement(By.id("edit:messages")).getText().contains("ha de ser un nombre positiu o zero"));
        d().findElement(By.id("edit:savingsYear")).clear();
        // as people write money in Catalan
        d().findElement(By.id("edit:savingsYear")).sendKeys("12.000 €");
        clickAndWait(By.id("edit:next"));
        clickAndWait(By.id("edit:next"));

        d().findElement(By.cssSelector("input[name='edit:phase'][value='PILOT']")).click();
        d().findElement(By.cssSelector("input[name='edit:areas'][value='SERVICES_FORMALITIES']")).click();
        d().findElement(By.cssSelector("input[name='edit:typologies'][value='PROCESSES']")).click();
        browser.assertAccessible("wizard step 5");
        clickAndWait(By.id("edit:next"));
        clickAndWait(By.id("edit:next"));

        assertTrue(d().findElement(By.cssSelector(".preview h1")).getText().contains("Finestreta única digital de prova"));
        clickAndWait(By.id("edit:publish"));
        assertEquals("Finestreta única digital de prova", d().findElement(By.tagName("h1")).getText());
        assertTrue(d().getPageSource().contains("12.000 €"));

        go("/project/list.xhtml?q=finestreta%20unica");
        assertEquals(1, resultCount());
    }

    void type(String id, String text) {
        WebElement e = d().findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    String messages() {
        return d().findElements(By.cssSelector(".messages")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }

    /**
     * The whole path of a new council member: sign up, verify by the mailed link, ask to join a council, an
     * administrator approves, write a sheet, submit, a moderator returns it with a comment, resubmit,
     * publish, and an anonymous visitor sees it without the contact's email.
     */
    @Test
    void fromSignUpToAPublishedSheet() {
        String email = "nova.tecnica@bellpuig.it.test";
        String password = "Bellpuig-Urgell-claustre-1";
        go("/account/signup.xhtml");
        browser.assertAccessible("sign-up");
        type("signup:name", "Núria Pla");
        type("signup:email", email);
        type("signup:password", "123456789012");
        type("signup:confirmation", "123456789012");
        clickAndWait(By.id("signup:signUp"));
        assertTrue(messages().contains("massa comuna"), messages());
        type("signup:password", password);
        type("signup:confirmation", password);
        clickAndWait(By.id("signup:signUp"));
        assertTrue(d().findElement(By.id("signup-done")).isDisplayed());
        // Post/Redirect/Get: a reload and the back button show pages, not "confirm form resubmission"
        assertTrue(d().getCurrentUrl().endsWith("/account/signup.xhtml?sent=1"), d().getCurrentUrl());
        d().navigate().back();
        assertFalse(d().findElements(By.id("signup:signUp")).isEmpty(), "back to the empty form");
        d().navigate().forward();
        assertTrue(d().findElement(By.id("signup-done")).isDisplayed());

        // not verified yet: signing in is refused, and with the right password a new link replaces the first
        var first = Mailbox.await(email, 1);
        signIn(email, password);
        assertTrue(messages().contains("Encara no heu confirmat"), messages());
        var mail = Mailbox.await(email, 2);
        assertTrue(Mailbox.subject(mail).contains("Confirmeu la vostra adreça"), Mailbox.subject(mail));
        String link = Mailbox.link(mail, "/account/verify.xhtml");
        go(Mailbox.link(first, "/account/verify.xhtml"));
        assertTrue(d().findElement(By.id("verify-problem")).isDisplayed(), "the replaced link no longer works");
        go(link);
        assertTrue(d().findElement(By.id("verify-ok")).isDisplayed());
        go(link);
        assertTrue(d().findElement(By.id("verify-already")).getText().contains("ja està confirmada"),
                "a link works once, and opened again it says the address is confirmed");

        signIn(email, password);
        // after sign-in the home page says what to do next, until it is done
        go("/");
        assertTrue(d().findElement(By.id("next-steps")).getText().contains("Feu-vos membre del vostre ajuntament o ens — per fer"),
                d().findElement(By.id("next-steps")).getText());
        browser.assertAccessible("home with next steps");
        go("/account/memberships.xhtml");
        browser.assertAccessible("memberships");
        // the body is picked from suggestions with the keyboard alone: letters, the arrow, Enter
        WebElement box = d().findElement(By.id("memberships:query_input"));
        box.sendKeys("Bellpu");
        WebElement suggestion = new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> x.findElements(
                By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        assertTrue(suggestion.getText().contains("Bellpuig") && suggestion.getText().contains("habitants"), suggestion.getText());
        browser.assertAccessible("memberships, suggestions open");
        if (d().findElements(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item.ui-state-highlight")).isEmpty()) {
            box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        box.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(d(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(x -> x.findElement(By.id("chosen-body")).getText().contains("Bellpuig"));
        type("memberships:position", "Tècnica de sistemes");
        clickAndWait(By.id("memberships:request"));
        assertTrue(messages().contains("Sol·licitud enviada"), messages());
        go("/");
        assertTrue(d().findElement(By.id("next-steps")).getText().contains("pendent d'aprovació"));
        go("/project/edit.xhtml");
        assertTrue(d().getPageSource().contains("cal formar part d'un ens local verificat"));
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));

        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        go("/admin/memberships.xhtml");
        browser.assertAccessible("membership requests");
        clickAndWait(approveButtonOf(email));
        assertTrue(messages().contains("Pertinença aprovada"), messages());
        assertTrue(Mailbox.subject(Mailbox.await(email, 3)).contains("Bellpuig"));
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));

        signIn(email, password);
        go("/project/edit.xhtml");
        type("edit:title", "Padró en línia de Bellpuig (prova)");
        type("edit:summary", "Els veïns fan els tràmits del padró des de casa.");
        clickAndWait(By.id("edit:next"));
        // the member's own council is chosen already
        assertTrue(d().findElement(By.id("lead-current")).getText().contains("Bellpuig"),
                d().findElement(By.id("lead-current")).getText());
        d().findElement(By.cssSelector("input[id$=':cname']")).sendKeys("Núria Pla");
        d().findElement(By.cssSelector("input[id$=':crole']")).sendKeys("Tècnica de sistemes");
        d().findElement(By.cssSelector("input[id$=':cemail']")).sendKeys("nuria.contacte@bellpuig.it.test");
        clickAndWait(By.id("edit:next"));
        assertTrue(messages().contains("cal que la persona hagi acceptat"), messages());
        d().findElement(By.cssSelector("input[id$=':cconsent']")).click();
        clickAndWait(By.id("edit:next"));
        type("edit:description", "El padró es tramita en línia.");
        clickAndWait(By.id("edit:next"));
        clickAndWait(By.id("edit:next"));
        d().findElement(By.cssSelector("input[name='edit:phase'][value='IMPLEMENTED']")).click();
        d().findElement(By.cssSelector("input[name='edit:areas'][value='SERVICES_FORMALITIES']")).click();
        d().findElement(By.cssSelector("input[name='edit:typologies'][value='PROCESSES']")).click();
        clickAndWait(By.id("edit:next"));
        clickAndWait(By.id("edit:next"));
        assertEquals("Envia a revisió", d().findElement(By.id("edit:publish")).getAttribute("value"));
        clickAndWait(By.id("edit:publish"));
        assertTrue(d().findElement(By.id("sheet-status")).getText().contains("Enviada a revisió"));
        browser.assertAccessible("review page");
        String reviewUrl = d().getCurrentUrl().replaceFirst("^https?://[^/]+/[^/]+", "");
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));

        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        go("/editor/queue.xhtml");
        browser.assertAccessible("editor queue");
        assertTrue(d().findElement(By.id("queue-form:queue")).getText().contains("Padró en línia de Bellpuig"));
        type("queue-form:q", "cap fitxa es diu així");
        clickAndWait(By.id("queue-form:search"));
        assertTrue(d().findElement(By.id("queue-form:queue")).getText().contains("No hi ha cap fitxa"),
                "a search with no match says so: " + d().findElement(By.id("queue-form:queue")).getText());
        type("queue-form:q", "Bellpuig");
        clickAndWait(By.id("queue-form:search"));
        assertTrue(d().findElement(By.id("queue-form:queue")).getText().contains("Padró en línia de Bellpuig"));
        go(reviewUrl);
        clickAndWait(By.id("review:return"));
        assertTrue(messages().contains("cal omplir"), "a return needs a comment: " + messages());
        type("review:comment", "Afegiu l'estalvi en hores, si us plau.");
        clickAndWait(By.id("review:return"));
        assertTrue(d().findElement(By.id("sheet-status")).getText().contains("Retornada"));
        assertTrue(Mailbox.subject(Mailbox.await(email, 4)).contains("necessita canvis"));
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));

        signIn(email, password);
        go(reviewUrl);
        assertTrue(d().findElement(By.id("review-comment")).getText().contains("Afegiu l'estalvi"));
        clickAndWait(By.id("review:submit"));
        assertTrue(d().findElement(By.id("sheet-status")).getText().contains("Enviada a revisió"));
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));

        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        go(reviewUrl);
        clickAndWait(By.id("review:publish"));
        assertTrue(d().findElement(By.id("sheet-status")).getText().contains("Publicada"));
        assertTrue(d().getPageSource().contains("nuria.contacte@bellpuig.it.test"), "staff see the contact's email");
        go("/admin/audit.xhtml");
        browser.assertAccessible("audit log");
        assertTrue(d().findElement(By.id("audit")).getText().contains("Retornada a l'autor"));
        go("/admin/mail.xhtml");
        browser.assertAccessible("sent mail");
        go("/admin/bodies.xhtml");
        browser.assertAccessible("bodies list");
        // every body, 25 a page: the next page shows others; sorted by population, the largest first on a second click
        List<String> firstPage = columnTexts("#bodies\\:list_data tr td:nth-child(1)");
        assertEquals(25, firstPage.size(), firstPage.toString());
        assertTrue(d().findElements(By.cssSelector(".ui-column-filter")).isEmpty(), "no column filter that would do nothing");
        d().findElement(By.cssSelector("#bodies\\:list .ui-paginator-next")).click();
        new WebDriverWait(d(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(x -> !firstPage.get(0).equals(columnTexts("#bodies\\:list_data tr td:nth-child(1)").get(0)));
        List<String> secondPage = columnTexts("#bodies\\:list_data tr td:nth-child(1)");
        assertTrue(java.util.Collections.disjoint(firstPage, secondPage), firstPage + " / " + secondPage);
        d().findElement(By.cssSelector("#bodies\\:list th:nth-child(3)")).click();
        try {
            new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> "ascending".equals(
                    d().findElement(By.cssSelector("#bodies\\:list th:nth-child(3)")).getAttribute("aria-sort")));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("not sorted: " + d().findElement(By.cssSelector("#bodies\\:list thead")).getAttribute("outerHTML") + "\n"
                    + d().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll());
        }
        d().findElement(By.cssSelector("#bodies\\:list th:nth-child(3)")).click();
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> "descending".equals(
                d().findElement(By.cssSelector("#bodies\\:list th:nth-child(3)")).getAttribute("aria-sort")));
        List<Long> populations = columnTexts("#bodies\\:list_data tr td:nth-child(3)").stream()
                .map(t -> Long.parseLong(t.replaceAll("[^0-9]", ""))).toList();
        assertEquals(populations.stream().sorted(java.util.Comparator.reverseOrder()).toList(), populations, "the largest first");
        assertTrue(populations.get(0) > 1_000_000, "the largest bodies lead: " + populations);
        type("bodies:q", "Bellpuig");
        clickAndWait(By.id("bodies:search"));
        assertEquals(List.of("Bellpuig", "Vilanova de Bellpuig"), columnTexts("#bodies\\:list_data tr td:nth-child(1)"));
        clickAndWait(d().findElements(By.cssSelector("input[value='Corregeix']")).get(0));
        type("bodies:population", "-3");
        clickAndWait(By.id("bodies:save"));
        assertTrue(messages().contains("la població ha de ser un nombre més gran que zero"), messages());
        browser.assertAccessible("body correction");
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));

        d().manage().deleteAllCookies();
        go(reviewUrl.replace("/project/review.xhtml", "/project/view.xhtml"));
        assertEquals("Padró en línia de Bellpuig (prova)", d().findElement(By.tagName("h1")).getText());
        assertTrue(d().getPageSource().contains("Núria Pla"));
        assertFalse(d().getPageSource().contains("nuria.contacte@bellpuig.it.test"), "no emails for anonymous visitors");

        // the member changes the published sheet: the changes wait for an editor, readers keep the published one
        String viewUrl = reviewUrl.replace("/project/review.xhtml", "/project/view.xhtml");
        signIn(email, password);
        go(reviewUrl.replace("/project/review.xhtml", "/project/edit.xhtml"));
        type("edit:summary", "El padró es tramita en línia, també des del mòbil.");
        for (int i = 0; i < 8 && !d().findElements(By.id("edit:next")).isEmpty(); i++) {
            clickAndWait(By.id("edit:next"));
        }
        clickAndWait(By.id("edit:publish"));
        assertTrue(messages().contains("l'equip editor els revisarà"), messages());
        assertTrue(d().findElement(By.id("pending-revision")).getText().contains("mòbil"));
        browser.assertAccessible("pending changes");
        go(viewUrl);
        assertFalse(d().getPageSource().contains("també des del mòbil"), "not published yet");
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        go(reviewUrl);
        assertTrue(d().findElements(By.cssSelector("#pending-revision ins")).stream().anyMatch(e -> e.getText().contains("mòbil")),
                d().findElement(By.id("pending-revision")).getText());
        browser.assertAccessible("changes to review");
        clickAndWait(By.id("revision:accept"));
        assertTrue(messages().contains("Canvis acceptats"), messages());
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));
        go(viewUrl);
        assertTrue(d().getPageSource().contains("també des del mòbil"), "published once accepted");

        describeTheCouncilAndGetRecommendations(email, password);
    }

    /** The new member of Bellpuig fills the council's profile, reads the recommendations and teaches the recommender. */
    void describeTheCouncilAndGetRecommendations(String email, String password) {
        signIn(email, password);
        clickAndWait(By.id("nav-recommendations"));
        browser.assertAccessible("recommendations before the profile");
        assertTrue(d().findElement(By.id("fill-profile")).isDisplayed(), "asks to fill the profile");
        clickAndWait(By.id("nav-profile"));
        browser.assertAccessible("council profile");
        String official = d().findElement(By.id("official-data")).getText();
        assertTrue(official.contains("Urgell"), "prefilled comarca: " + official);
        new Select(d().findElement(By.cssSelector("select[id$=':2:weight']"))).selectByValue("3");
        new Select(d().findElement(By.cssSelector("select[id$=':0:weight']"))).selectByValue("1");
        new Select(d().findElement(By.id("profile:maturity"))).selectByValue("PILOT");
        clickAndWait(By.id("profile:save"));
        assertTrue(messages().contains("Perfil desat"), messages());
        assertTrue(d().getCurrentUrl().contains("/account/profile.xhtml?body="), "redirected after the save: " + d().getCurrentUrl());
        assertEquals("3", new Select(d().findElement(By.cssSelector("select[id$=':2:weight']"))).getFirstSelectedOption()
                .getAttribute("value"));

        // a need changed and not saved is kept by going on to the recommendations (which saves first)
        new Select(d().findElement(By.cssSelector("select[id$=':1:weight']"))).selectByValue("2");
        clickAndWait(By.id("profile:toRecommendations"));
        assertTrue(d().getCurrentUrl().contains("/account/recommendations.xhtml"), d().getCurrentUrl());
        String recommendationsUrl = d().getCurrentUrl();
        go("/account/profile.xhtml");
        assertEquals("2", new Select(d().findElement(By.cssSelector("select[id$=':1:weight']"))).getFirstSelectedOption()
                .getAttribute("value"), "the need changed before going on was saved");
        d().get(recommendationsUrl);
        browser.assertAccessible("recommendations, Km0");
        assertTrue(d().findElements(By.id("fill-profile")).isEmpty());
        List<WebElement> recs = d().findElements(By.cssSelector(".recommendation"));
        assertFalse(recs.isEmpty(), "Km0 projects recommended");
        assertTrue(d().findElements(By.id("no-projects")).isEmpty(), "no 'nothing to recommend' beside the results");
        String all = d().findElement(By.cssSelector(".recommendations")).getText();
        assertFalse(all.contains("Padró en línia de Bellpuig"), "the body's own sheet is not recommended to it");
        // each says why (which reasons lead depends on whether the model has retrained on the latest interactions)
        assertTrue(recs.stream().allMatch(r -> !r.findElements(By.cssSelector(".reasons li")).isEmpty()), all);
        assertFalse(d().findElements(By.cssSelector(".peer")).isEmpty(), "peers proposed");
        assertTrue(d().findElement(By.cssSelector(".peer a")).getAttribute("href").contains("/body/view.xhtml?id="));

        String first = recs.get(0).findElement(By.tagName("h3")).getText();
        clickAndWait(recs.get(0).findElement(By.cssSelector(".not-relevant button")));
        assertTrue(messages().contains("no us el tornarem a proposar"), messages());
        assertFalse(d().findElement(By.cssSelector(".recommendations")).getText().contains(first),
                "a project marked not relevant disappears: " + first);

        clickAndWait(By.id("tab-foreign"));
        assertEquals("A l'estranger", d().findElement(By.id("projects")).getText());
        assertEquals("page", d().findElement(By.id("tab-foreign")).getAttribute("aria-current"));
        browser.assertAccessible("recommendations, abroad");

        clickAndWait(By.id("tab-km0"));
        clickAndWait(d().findElement(By.cssSelector(".recommendation h3 a")));
        clickAndWait(By.id("marks:bookmark"));
        assertTrue(messages().contains("Fitxa desada"), messages());
        assertEquals("Treu dels desats", d().findElement(By.id("marks:bookmark")).getAttribute("value"));
        clickAndWait(By.id("marks:worked"));
        assertTrue(messages().contains("us ha funcionat"), messages());
        browser.assertAccessible("sheet page of a member");
        String savedTitle = d().findElement(By.tagName("h1")).getText();
        clickAndWait(By.id("to-saved"));
        assertTrue(d().findElement(By.id("saved")).getText().contains(savedTitle), "the saved sheet is listed");
        browser.assertAccessible("saved sheets");
        d().get(recommendationsUrl);
        String visited = askForAVisit(email, password);
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));

        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        forwardTheVisitRequest(email);
        carryTheVisitToItsOutcome(email, password, visited);
        go("/admin/recommender.xhtml");
        browser.assertAccessible("recommender administration");
        // the demo content's councils trained a first model at the start
        assertTrue(d().findElement(By.id("model-state")).getText().contains("Model entrenat")
                && d().findElement(By.id("model-state")).getText().contains("demo content"),
                d().findElement(By.id("model-state")).getText());
        clickAndWait(By.id("recommender:retrain"));
        assertTrue(messages().contains("Entrenament iniciat") || messages().contains("S'està entrenant"), messages());
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));
    }

    /**
     * From a recommended peer, the member asks that body for a visit about one of its sheets; bad input is refused
     * first. Returns the sheet's title.
     */
    String askForAVisit(String email, String password) {
        WebElement peer = d().findElement(By.cssSelector(".peer"));
        String peerName = peer.findElement(By.tagName("h3")).getText();
        clickAndWait(peer.findElement(By.cssSelector(".ask-peer-visit")));
        browser.assertAccessible("request form");
        assertTrue(d().findElement(By.tagName("h1")).getText().contains(peerName), d().findElement(By.tagName("h1")).getText());
        assertEquals("VISIT", new Select(d().findElement(By.id("request:kind"))).getFirstSelectedOption().getAttribute("value"));
        Select sheets = new Select(d().findElement(By.id("request:sheet")));
        assertTrue(sheets.getOptions().size() > 1, "the peer's sheets are offered");
        sheets.selectByIndex(1);
        String sheetTitle = sheets.getFirstSelectedOption().getText();
        assertTrue(new Select(d().findElement(By.id("request:from"))).getFirstSelectedOption().getText().contains("Bellpuig"));
        type("request:message", "Hola");
        // a day written by hand, in the past: refused with the rest, in the same round
        d().findElement(By.id("request:visitFrom_input")).sendKeys("1/2/2020");
        clickAndWait(By.id("request:send"));
        assertTrue(messages().contains("Missatge: ha de tenir entre 20 i"), messages());
        assertTrue(messages().contains("cal que accepteu"), messages());
        assertTrue(messages().contains("han de ser entre avui i"), messages());
        // the calendar shows no day it cannot offer: the field says why, next to it
        assertTrue(d().findElement(By.id("request:visitFrom_error")).getText().startsWith("han de ser entre avui i"),
                d().findElement(By.id("request:visitFrom_error")).getText());
        assertEquals("true", d().findElement(By.id("request:visitFrom_input")).getAttribute("aria-invalid"));
        // the picker with the keyboard: the down arrow opens it on today, the right arrow goes to tomorrow, Enter
        // takes it; days before today cannot be chosen
        java.time.format.DateTimeFormatter dayFormat = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        d().findElement(By.id("request:visitFrom_input")).clear();
        WebElement focused = openCalendar("request:visitFrom_input");
        assertEquals(Integer.toString(today.getDayOfMonth()), focused.getText());
        assertTrue(d().findElement(By.cssSelector(".ui-datepicker-header")).getText().toLowerCase(java.util.Locale.ROOT).contains(
                today.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.forLanguageTag("ca"))
                        .toLowerCase(java.util.Locale.ROOT)),
                "the calendar speaks Catalan: " + d().findElement(By.cssSelector(".ui-datepicker-header")).getText());
        if (today.getDayOfMonth() > 1) {
            assertFalse(d().findElements(By.cssSelector(".ui-datepicker-calendar td:not(.ui-datepicker-other-month) .ui-state-disabled"))
                    .isEmpty(), "past days are not offered");
        }
        browser.assertAccessible("request form, calendar open");
        focused.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        d().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> today.plusDays(1).format(dayFormat).equals(
                x.findElement(By.id("request:visitFrom_input")).getAttribute("value")));
        gone(".ui-datepicker");
        // the dates are optional: this visit leaves them to the other side (who then accepts it for today)
        d().findElement(By.id("request:visitFrom_input")).clear();
        // each refused field says so next to it, for screen readers too
        WebElement message = d().findElement(By.id("request:message"));
        assertEquals("true", message.getAttribute("aria-invalid"));
        String describedBy = message.getAttribute("aria-describedby");
        assertTrue(describedBy.contains("request:message_error"), describedBy);
        assertTrue(d().findElement(By.id("request:message_error")).getText().startsWith("ha de tenir entre 20 i"),
                d().findElement(By.id("request:message_error")).getText());
        assertEquals("true", d().findElement(By.id("request:consent")).getAttribute("aria-invalid"));
        assertNotEquals("true", d().findElement(By.id("request:visitors")).getAttribute("aria-invalid"));
        browser.assertAccessible("request form with errors");
        String text = "Som l'Ajuntament de Bellpuig i voldríem veure el projecte en funcionament.";
        type("request:message", text);
        type("request:visitors", "3");
        d().findElement(By.id("request:consent")).click();
        // the session ends while the form is open: sending it leads to signing in, and the form comes back filled
        sendAfterTheSessionEnded(email, password, "La sessió s'havia acabat", "Hem recuperat el que havíeu escrit");
        assertEquals(text, d().findElement(By.id("request:message")).getAttribute("value"));
        assertEquals("3", d().findElement(By.id("request:visitors")).getAttribute("value"));
        assertTrue(d().findElement(By.id("request:consent")).isSelected());
        browser.assertAccessible("request form kept over a new sign-in");
        clickAndWait(By.id("request:send"));
        assertTrue(messages().contains("Sol·licitud enviada"), messages());
        assertTrue(d().getCurrentUrl().contains("/account/requests.xhtml"), d().getCurrentUrl());
        String sent = d().findElement(By.cssSelector(".request-list .request")).getText();
        assertTrue(sent.contains("Sol·licitud de visita") && sent.contains("Pendent de revisió") && sent.contains(sheetTitle), sent);
        browser.assertAccessible("my requests");
        return sheetTitle;
    }

    /**
     * The forwarded visit is accepted for today (by an administrator, on the receiving body's behalf), the
     * invitation reaches the member's calendar, and the member records that the visit took place: the sheet then
     * counts it, and the administrators' statistics too.
     */
    void carryTheVisitToItsOutcome(String email, String password, String sheetTitle) {
        go("/admin/requests.xhtml");
        clickAndWait(By.cssSelector("a.open-conversation"));
        assertTrue(d().findElement(By.tagName("h1")).getText().contains("Bellpuig"), d().findElement(By.tagName("h1")).getText());
        assertTrue(d().findElement(By.id("status")).getText().contains("Reenviada"), d().findElement(By.id("status")).getText());
        browser.assertAccessible("conversation, the receiving side");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        WebElement day = d().findElement(By.id("accept:day_input"));
        day.clear();
        day.sendKeys(java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        int mails = Mailbox.to(email).size();
        clickAndWait(By.id("accept:acceptButton"));
        assertTrue(messages().contains("Sol·licitud acceptada"), messages());
        assertTrue(d().findElement(By.id("status")).getText().contains("Acceptada"), d().findElement(By.id("status")).getText());
        assertTrue(d().findElement(By.id("agreed")).isDisplayed());
        var invitation = Mailbox.await(email, mails + 1);
        String ics = Mailbox.calendar(invitation);
        assertNotNull(ics, "the agreed visit comes with a calendar invitation");
        try {
            var event = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics))
                    .getComponent("VEVENT").orElseThrow();
            assertEquals(today.replace("-", ""), event.getProperty("DTSTART").orElseThrow().getValue());
        } catch (Exception e) {
            throw new AssertionError("the invitation does not parse: " + ics, e);
        }
        go("/admin/request-stats.xhtml");
        browser.assertAccessible("request statistics");
        assertTrue(d().findElement(By.id("median")).getText().contains("Mediana"), d().findElement(By.id("median")).getText());
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));

        signIn(email, password);
        go("/account/requests.xhtml");
        clickAndWait(By.cssSelector("a.open-conversation"));
        browser.assertAccessible("conversation, the sending side");
        assertFalse(d().findElements(By.id("outcomeForm:outcomeButton")).isEmpty(), "the visit's day has come");
        d().findElement(By.id("outcomeForm:held:0")).click();
        clickAndWait(By.id("outcomeForm:outcomeButton"));
        assertTrue(messages().contains("Si us va ser útil"), "whether it was useful is asked: " + messages());
        d().findElement(By.id("outcomeForm:useful:0")).click();
        type("outcomeForm:note", "Ens van ensenyar el servei i en parlarem al ple.");
        clickAndWait(By.id("outcomeForm:outcomeButton"));
        assertTrue(messages().contains("Resultat desat"), messages());
        assertTrue(d().findElement(By.id("status")).getText().contains("Feta"), d().findElement(By.id("status")).getText());
        assertTrue(d().findElement(By.cssSelector(".conversation")).getText().contains("en parlarem al ple"));
        browser.assertAccessible("conversation, held");
        d().get(d().findElement(By.cssSelector(".request-original a[href*='/project/view.xhtml']")).getAttribute("href"));
        assertTrue(d().findElement(By.id("outcomes")).getText().contains("L'han visitat 1 ens"),
                "the sheet counts the visit: " + d().findElement(By.id("outcomes")).getText());
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
    }

    /** An administrator forwards the request: the member is told by mail and sees it forwarded. */
    void forwardTheVisitRequest(String email) {
        go("/admin/requests.xhtml");
        browser.assertAccessible("requests to review");
        String pending = d().findElement(By.cssSelector(".request-list .request")).getText();
        assertTrue(pending.contains("Núria Pla") && pending.contains(email) && pending.contains("voldríem veure"), pending);
        int mails = Mailbox.to(email).size();
        clickAndWait(By.cssSelector("input[id$=':forward']"));
        assertTrue(messages().contains("Sol·licitud reenviada"), messages());
        assertTrue(d().findElement(By.id("none-pending")).isDisplayed());
        String told = Mailbox.subject(Mailbox.await(email, mails + 1));
        assertTrue(told.contains("sol·licitud de visita s'ha enviat a"), "the requester is told: " + told);
        accountsTablePagesAndSorts(email);
    }

    /** The administrators' list of accounts: a lazy table with its total, sorted by the column clicked. */
    void accountsTablePagesAndSorts(String email) {
        go("/admin/users.xhtml");
        browser.assertAccessible("accounts table");
        List<String> before = columnTexts("#users\\:accounts_data tr td:nth-child(2)");
        assertTrue(before.size() >= 2 && before.size() <= 25, before.toString());
        assertTrue(d().findElement(By.cssSelector("#users\\:accounts .ui-paginator")).isDisplayed());
        // sorted by name, descending after a second click: the table answers without leaving the page
        WebElement byName = d().findElement(By.cssSelector("#users\\:accounts th:nth-child(2)"));
        byName.click();
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> "ascending".equals(
                d().findElement(By.cssSelector("#users\\:accounts th:nth-child(2)")).getAttribute("aria-sort")));
        List<String> ascending = columnTexts("#users\\:accounts_data tr td:nth-child(2)");
        d().findElement(By.cssSelector("#users\\:accounts th:nth-child(2)")).click();
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> "descending".equals(
                d().findElement(By.cssSelector("#users\\:accounts th:nth-child(2)")).getAttribute("aria-sort")));
        List<String> descending = columnTexts("#users\\:accounts_data tr td:nth-child(2)");
        assertEquals(ascending.size(), descending.size());
        if (ascending.size() < 25) {
            // the whole list on one page: the first by name comes last the other way round
            assertEquals(ascending.get(0), descending.get(descending.size() - 1), ascending + " / " + descending);
        }
        // a search narrows the table to the accounts it finds
        type("users:q", email);
        clickAndWait(By.id("users:search"));
        List<String> found = columnTexts("#users\\:accounts_data tr td:nth-child(1)");
        assertEquals(List.of(email), found);
        browser.assertAccessible("accounts table, sorted and searched");
    }

    /** Whether leaving the page now would make the browser ask (the page cancels its beforeunload event). */
    Object wouldAskBeforeLeaving() {
        return ((org.openqa.selenium.JavascriptExecutor) d()).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    List<String> columnTexts(String css) {
        return d().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void switchLanguageAndKeepIt() {
        go("/project/list.xhtml?area=participation");
        clickAndWait(By.cssSelector(".languages a[lang=es]"));
        assertEquals("Fichas de proyecto", d().findElement(By.tagName("h1")).getText());
        assertTrue(d().getCurrentUrl().contains("area=participation"), "the switch keeps the page and its filters");
        go("/");
        assertEquals("Observatorio de los DigiCambios", d().findElement(By.tagName("h1")).getText());
        browser.assertAccessible("home in Spanish");
        clickAndWait(By.cssSelector(".languages a[lang=en]"));
        assertEquals("DigiCanvis Observatory", d().findElement(By.tagName("h1")).getText());
        clickAndWait(By.cssSelector(".languages a[lang=ca]"));
        assertEquals("Observatori dels DigiCanvis", d().findElement(By.tagName("h1")).getText());
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void signOut() {
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));
    }

    /**
     * The forum: a newcomer signs up and starts a topic, which waits; a refused title keeps the text; an
     * administrator approves it from the moderation queue (a PrimeFaces lazy table); everyone reads it; the
     * administrator replies and withdraws the reply through PrimeFaces' confirmation dialog (scripts under the
     * strict policy, with the page's nonce). Every page is checked with axe and for console errors.
     */
    /**
     * A forgotten password: the form and the mailed link's page open no session before they are posted (their
     * views keep no state), the link works once, and the new password signs in.
     */
    @Test
    void aForgottenPasswordIsChosenAgainFromTheMailedLink() {
        String email = "oblit@montsec.it.test";
        signUpVerifyAndSignIn("Rita Oblit", email, "Montsec-estels-clars-2026");
        go("/account/signout.xhtml");
        clickAndWait(By.id("signout:signOut"));
        d().manage().deleteAllCookies();
        go("/account/forgot.xhtml");
        browser.assertAccessible("forgotten password");
        assertNull(d().manage().getCookieNamed("DCSESSION"), "a visit opens no session");
        type("forgot:email", email);
        clickAndWait(By.id("forgot:send"));
        assertTrue(d().findElement(By.id("forgot-done")).isDisplayed());
        String link = Mailbox.link(Mailbox.await(email, 2), "/account/reset.xhtml");
        d().manage().deleteAllCookies();
        go(link);
        browser.assertAccessible("new password");
        assertNull(d().manage().getCookieNamed("DCSESSION"), "nor does the link's page");
        type("reset:password", "curta");
        type("reset:confirmation", "curta");
        clickAndWait(By.id("reset:reset"));
        assertTrue(messages().contains("12"), "a refused password keeps the page and says why: " + messages());
        type("reset:password", "Pedra-seca-del-Montsec-9");
        type("reset:confirmation", "Pedra-seca-del-Montsec-9");
        clickAndWait(By.id("reset:reset"));
        assertTrue(d().getCurrentUrl().contains("/account/login.xhtml"), d().getCurrentUrl());
        go(link);
        assertTrue(d().findElement(By.id("reset-invalid")).isDisplayed(), "a link works once");
        signIn(email, "Pedra-seca-del-Montsec-9");
        go("/account/settings.xhtml");
        assertTrue(d().getCurrentUrl().contains("/account/settings.xhtml"), "signed in with the new password");
    }

    /** Signs up through the page, follows the mailed verification link and signs in. */
    void signUpVerifyAndSignIn(String name, String email, String password) {
        go("/account/signup.xhtml");
        type("signup:name", name);
        type("signup:email", email);
        type("signup:password", password);
        type("signup:confirmation", password);
        clickAndWait(By.id("signup:signUp"));
        go(Mailbox.link(Mailbox.await(email, 1), "/account/verify.xhtml"));
        signIn(email, password);
    }

    /** A council's member made through the pages: sign-up, the mailed link, a membership an administrator approves. */
    void memberThroughThePages(String name, String email, String password, String town) {
        signUpVerifyAndSignIn(name, email, password);
        go("/account/memberships.xhtml");
        // the other way, as without JavaScript: search with the button, then choose
        type("memberships:query_input", town);
        // the suggestions open over the button: Escape closes them
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> x.findElements(By.cssSelector(".ui-autocomplete-panel"))
                .stream().anyMatch(WebElement::isDisplayed));
        d().findElement(By.id("memberships:query_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new WebDriverWait(d(), Duration.ofSeconds(10)).until(x -> x.findElements(By.cssSelector(".ui-autocomplete-panel"))
                .stream().noneMatch(WebElement::isDisplayed));
        clickAndWait(By.id("memberships:search"));
        clickAndWait(d().findElements(By.cssSelector("input[value='Tria']")).get(0));
        type("memberships:position", "Tècnic d'administració electrònica");
        clickAndWait(By.id("memberships:request"));
        signOut();
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        go("/admin/memberships.xhtml");
        clickAndWait(approveButtonOf(email));
        assertTrue(messages().contains("Pertinença aprovada"), messages());
        signOut();
    }

    /** The "approve" button of the pending membership request of the person with this address. */
    WebElement approveButtonOf(String email) {
        return d().findElement(By.xpath("//li[contains(., '" + email + "')]//input[contains(@id, ':approve')]"));
    }

    /**
     * The forum: a member exists (Marc); a newcomer signs up and starts a topic that mentions him, picked with
     * PrimeFaces' autocomplete; the topic waits; a refused title keeps the text; an administrator approves it
     * from the moderation queue (a PrimeFaces lazy table); Marc gets the mention by mail and answers it by mail,
     * and his answer appears in the topic without the quoted mail; the administrator replies and withdraws the
     * reply through PrimeFaces' confirmation dialog (scripts under the strict policy, with the page's nonce);
     * the mail's one-click unsubscribe page works. Every page is checked with axe and for console errors.
     */
    @Test
    void aNewcomersTopicWaitsForAModeratorThenEveryoneReadsIt() {
        String marc = "marc.ribes@tarrega.it.test";
        String marcPassword = "Tarrega-porxos-2026-b";
        memberThroughThePages("Marc Ribes", marc, marcPassword, "Tàrrega");
        String email = "nou.forum@alcarras.it.test";
        String password = "Alcarras-fruiters-2026";
        String title = "Algú ha digitalitzat el padró en un municipi petit?";
        signUpVerifyAndSignIn("Pau Forner", email, password);

        go("/forum/index.xhtml");
        browser.assertAccessible("forum");
        assertTrue(d().getPageSource().contains("Benvinguts al fòrum"), "the demo topics are there");
        clickAndWait(By.id("new-topic"));
        assertTrue(d().findElement(By.id("newcomer-notice")).isDisplayed());
        browser.assertAccessible("new topic");
        new Select(d().findElement(By.id("topic:category"))).selectByVisibleText("General");
        type("topic:title", "Padró");
        String body = "Som un ajuntament de 600 habitants i volem saber com ho heu fet amb el padró.";
        type("topic:body", body);
        clickAndWait(By.id("topic:send"));
        assertTrue(messages().contains("ha de tenir entre 15 i 200"), messages());
        assertEquals(body, d().findElement(By.id("topic:body")).getAttribute("value"), "the text stays in the form");
        type("topic:title", title);
        // the mention, picked from PrimeFaces' suggestions as one types
        WebElement editor = d().findElement(By.id("topic:body"));
        editor.sendKeys(" Ho pregunto a @marc");
        WebElement suggestion = new WebDriverWait(d(), Duration.ofSeconds(10)).until(driver -> driver.findElements(
                By.cssSelector(".ui-autocomplete-item")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertEquals("@marc.ribes", suggestion.getText());
        suggestion.click();
        assertTrue(editor.getAttribute("value").endsWith("Ho pregunto a @marc.ribes"), editor.getAttribute("value"));
        browser.assertAccessible("new topic with mention suggestions");
        clickAndWait(By.id("topic:send"));
        assertTrue(messages().contains("un moderador el revisarà"), messages());
        assertTrue(d().findElement(By.id("waiting")).getText().contains("600 habitants"));
        browser.assertAccessible("topic waiting for approval");
        signOut();

        go("/forum/index.xhtml");
        assertFalse(d().getPageSource().contains(title), "nobody else sees it yet");

        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        go("/account/notifications.xhtml");
        browser.assertAccessible("notifications");
        go("/moderator/forum.xhtml");
        browser.assertAccessible("moderation queue");
        assertTrue(d().findElement(By.id("queue:items")).getText().contains(title));
        int marcMails = Mailbox.to(marc).size();
        clickAndWait(By.cssSelector("input[id$=':approve']"));
        assertTrue(messages().contains("Publicació aprovada"), messages());
        assertTrue(d().findElement(By.id("queue:items")).getText().contains("No hi ha res pendent"));
        signOut();

        // approved, the topic tells Marc he was mentioned, by mail at once; he answers from his mailbox
        var mention = Mailbox.await(marc, marcMails + 1);
        assertTrue(Mailbox.subject(mention).equals("[General] " + title), Mailbox.subject(mention));
        assertTrue(Mailbox.body(mention).contains("Pau Forner us ha mencionat"), Mailbox.body(mention));
        String replyTo = Mailbox.replyTo(mention);
        assertTrue(replyTo.matches("forum\\+r[0-9a-z-]+@it\\.digicanvis\\.test"), replyTo);
        String unsubscribe = Mailbox.header(mention, "List-Unsubscribe");
        assertTrue(unsubscribe.matches("<http://portal\\.it\\.test/mail/unsubscribe\\?t=u[0-9a-z-]+>"), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", Mailbox.header(mention, "List-Unsubscribe-Post"));
        Mailbox.send(marc, replyTo, "Re: " + Mailbox.subject(mention),
                "Hola Pau, nosaltres el vam digitalitzar amb l'eina del consorci en tres mesos.\n\n"
                        + "On Tue, 1 Dec 2026 at 10:00, Observatori <" + replyTo + "> wrote:\n> " + body);
        go("/forum/index.xhtml");
        clickAndWait(By.linkText(title));
        String topicUrl = d().getCurrentUrl();
        long end = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (d().findElements(By.cssSelector(".post")).size() < 2 && System.nanoTime() < end) {
            sleep(1000);
            d().navigate().to(topicUrl);
        }
        List<WebElement> posts = d().findElements(By.cssSelector(".post"));
        assertEquals(2, posts.size(), "the answer by mail is in the topic");
        assertTrue(posts.get(1).getText().contains("amb l'eina del consorci en tres mesos"), posts.get(1).getText());
        assertTrue(posts.get(1).getText().contains("Marc Ribes"), posts.get(1).getText());
        assertFalse(posts.get(1).getText().contains("wrote:"), "without the quoted mail");

        // the mail's unsubscribe link: a page that asks, then stops forum mail (no sign-in needed)
        go(unsubscribe.substring(1, unsubscribe.length() - 1).replace("http://portal.it.test", ""));
        browser.assertAccessible("unsubscribe page");
        assertTrue(d().getPageSource().contains("m***@tarrega.it.test"));
        clickAndWait(By.id("unsubscribe-confirm"));
        assertTrue(d().findElement(By.id("unsubscribed")).isDisplayed());
        signIn(marc, marcPassword);
        go("/account/notifications.xhtml");
        assertEquals("NEVER", new Select(d().findElement(By.id("mailSettings:direct"))).getFirstSelectedOption().getAttribute("value"));
        new Select(d().findElement(By.id("mailSettings:direct"))).selectByValue("IMMEDIATE");
        new Select(d().findElement(By.id("mailSettings:other"))).selectByValue("DAILY");
        clickAndWait(By.id("mailSettings:saveMail"));
        assertTrue(messages().contains("preferències de correu"), messages());
        assertEquals("DAILY", new Select(d().findElement(By.id("mailSettings:other"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(d().findElement(By.id("my-handle")).getText().contains("@marc.ribes"));
        browser.assertAccessible("notification and mail settings");
        go("/forum/index.xhtml");
        clickAndWait(By.linkText("General"));
        assertFalse(d().findElements(By.id("watch:level")).isEmpty(), d().getCurrentUrl() + "\n" + d().getPageSource());
        new Select(d().findElement(By.id("watch:level"))).selectByValue("FIRST_POST");
        clickAndWait(By.id("watch:applyWatch"));
        assertEquals("FIRST_POST", new Select(d().findElement(By.id("watch:level"))).getFirstSelectedOption().getAttribute("value"));
        browser.assertAccessible("category, signed in");
        // the topic's page, kept for everybody, with his own actions: he finds Pau's question useful
        d().navigate().to(topicUrl);
        browser.assertAccessible("topic, signed in");
        assertTrue(d().findElements(By.cssSelector("input[id^='withdraw-']")).size() == 1, "his own answer only");
        clickAndWait(By.cssSelector("input[id^='like-']"));
        assertTrue(messages().contains("útil"), messages());
        assertTrue(d().findElement(By.cssSelector(".post .likes")).getText().startsWith("1"),
                d().findElement(By.cssSelector(".post .likes")).getText());
        assertFalse(d().findElements(By.cssSelector("input[id^='unlike-']")).isEmpty());
        signOut();
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);

        go("/forum/index.xhtml");
        clickAndWait(By.linkText(title));
        browser.assertAccessible("topic as moderator");
        clickAndWait(By.id("reply-open"));
        assertTrue(d().getCurrentUrl().contains("reply=1"), d().getCurrentUrl());
        type("replyForm:body", "Benvinguts! Mireu les fitxes de l'àmbit de serveis i tràmits.");
        clickAndWait(By.id("replyForm:send"));
        assertTrue(messages().contains("Publicat"), messages());
        assertEquals(3, d().findElements(By.cssSelector(".post")).size());
        // withdrawing asks first, in PrimeFaces' dialog
        d().findElement(By.cssSelector("input[id^='withdraw-']")).click();
        WebElement yes = new WebDriverWait(d(), Duration.ofSeconds(10)).until(driver -> driver.findElements(
                By.cssSelector(".ui-confirmdialog-yes")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        browser.assertAccessible("confirmation dialog");
        clickAndWait(yes);
        assertTrue(messages().contains("Publicació retirada"), messages());
        assertEquals(2, d().findElements(By.cssSelector(".post")).size());
        signOut();

        go("/forum/index.xhtml");
        clickAndWait(By.linkText(title));
        assertTrue(d().findElement(By.id("no-reply")).getText().contains("cal entrar"));
        browser.assertAccessible("topic for visitors");
        clickAndWait(By.linkText("General"));
        assertTrue(d().getPageSource().contains(title));
        browser.assertAccessible("category");
        go("/forum/index.xhtml");
        type("forum-q", "padro");
        clickAndWait(By.id("forum-search"));
        assertTrue(d().findElement(By.cssSelector(".search-hit")).getText().contains("padró"),
                "found without the accent, the word marked");
        assertFalse(d().findElements(By.cssSelector(".search-hit mark")).isEmpty());
        browser.assertAccessible("forum search");
    }

    /** Waits until the map's script has drawn the boundaries and the markers (or says why it could not). */
    void awaitMap() {
        String state = new WebDriverWait(d(), Duration.ofSeconds(20)).until(driver -> {
            String ready = driver.findElement(By.id("map")).getAttribute("data-ready");
            return ready == null ? null : ready;
        });
        assertEquals("true", state, d().findElement(By.id("map")).getAttribute("data-error"));
    }

    /** The count table's rows: code (data-code) to count. */
    java.util.Map<String, Integer> countTable() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (WebElement row : d().findElements(By.cssSelector("#counts tbody tr"))) {
            out.put(row.getAttribute("data-code"), Integer.parseInt(row.findElement(By.cssSelector("td")).getText()
                    .replace(".", "")));
        }
        return out;
    }

    @Test
    void theMapShowsWhatTheCatalogueFindsAndAMunicipalityLeadsToTheSheetsNearIt() {
        go("/project/list.xhtml?area=participation");
        int total = resultCount();
        go("/project/list.xhtml?area=participation&scope=km0");
        int km0 = resultCount();
        go("/project/list.xhtml?area=participation");
        clickAndWait(By.id("on-map"));
        assertTrue(d().getCurrentUrl().contains("/project/map.xhtml?area=participation"), d().getCurrentUrl());
        assertTrue(d().findElement(By.id("map-summary")).getText().startsWith(total + " fitxes: " + km0 + " d'ens de Catalunya"),
                d().findElement(By.id("map-summary")).getText());
        awaitMap();
        browser.assertAccessible("map of Catalonia");
        assertFalse(d().findElements(By.cssSelector(".map-pin, .map-cluster")).isEmpty(), "the bodies are on the map");

        // the table (what the map colours) counts as the catalogue does, comarca by comarca
        java.util.Map<String, Integer> byComarca = countTable();
        assertEquals(km0, byComarca.values().stream().mapToInt(Integer::intValue).sum(), "every Km0 sheet in one comarca");
        String url = d().getCurrentUrl();
        for (var row : byComarca.entrySet().stream().limit(3).toList()) {
            go("/project/list.xhtml?area=participation&comarca=" + row.getKey());
            assertEquals(row.getValue().intValue(), resultCount(), "comarca " + row.getKey());
        }
        d().navigate().to(url);

        // coloured by municipality, a click on one offers its sheets and those near it
        clickAndWait(By.id("shade-municipality"));
        awaitMap();
        browser.assertAccessible("map by municipality");
        String code = (String) ((JavascriptExecutor) d()).executeScript(
                "return Object.keys(JSON.parse(document.getElementById('map').getAttribute('data-map')).counts)[0];");
        ((JavascriptExecutor) d()).executeScript(
                "var p = document.querySelector(\"path[data-code='\" + arguments[0] + \"']\");"
                        + "var r = p.getBoundingClientRect();"
                        + "p.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true,"
                        + " clientX: r.left + r.width / 2, clientY: r.top + r.height / 2}));", code);
        WebElement near = new WebDriverWait(d(), Duration.ofSeconds(10)).until(driver -> driver.findElements(
                By.cssSelector(".map-near")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        // the popup fades in: axe measures colours as they are, so it waits until the popup is opaque
        new WebDriverWait(d(), Duration.ofSeconds(5)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("var p = arguments[0].closest('.leaflet-popup');"
                        + " return !p || getComputedStyle(p).opacity === '1';", near)));
        browser.assertAccessible("a municipality's popup");
        String name = near.getText().replace("Fitxes a prop de ", "");
        clickAndWait(near);
        assertTrue(d().getCurrentUrl().contains("near=" + code), d().getCurrentUrl());
        assertTrue(d().getCurrentUrl().contains("area=participation"), "the filters stay: " + d().getCurrentUrl());
        String heading = d().findElement(By.id("results-heading")).getText();
        assertTrue(heading.contains("a prop de " + name), heading);
        assertEquals(total, resultCount(), "near sorts, it does not filter");

        // the foreign bodies have a world map of their own, counted by country
        go("/project/map.xhtml?area=participation&view=world");
        awaitMap();
        browser.assertAccessible("world map");
        assertEquals(total - km0, countTable().values().stream().mapToInt(Integer::intValue).sum());

        // a wrong parameter is said, not ignored
        go("/project/map.xhtml?view=moon");
        assertTrue(messages().contains("moon"), messages());
        browser.assertAccessible("map with a refused parameter");
    }

    @Test
    void theStatisticsTablesAndDownloadsCountWhatTheCatalogueHolds() throws Exception {
        go("/stats.xhtml");
        browser.assertAccessible("statistics");
        assertFalse(d().findElements(By.cssSelector("#chart-area canvas")).isEmpty(), "the chart is drawn");
        java.util.Map<String, String> table = new java.util.LinkedHashMap<>();
        for (WebElement row : d().findElements(By.cssSelector("#table-area tbody tr"))) {
            table.put(row.findElement(By.tagName("th")).getAttribute("textContent").strip(),
                    row.findElement(By.tagName("td")).getAttribute("textContent").strip());
        }
        assertEquals(6, table.size(), table.toString());
        var areas = java.util.Map.of("Serveis socials", "social-services", "Participació i govern obert", "participation",
                "Serveis i tràmits", "services-formalities");
        for (var a : areas.entrySet()) {
            go("/project/list.xhtml?area=" + a.getValue());
            assertEquals(String.valueOf(resultCount()), table.get(a.getKey()), a.getKey());
        }
        // the download holds the same figures, in the asked language
        var http = java.net.http.HttpClient.newHttpClient();
        var csv = http.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("stats.csv?chart=area&lang=es")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("Ámbito,Fichas", lines.get(0));
        assertTrue(lines.contains("Servicios sociales," + table.get("Serveis socials")), lines.toString());
        assertEquals(404, http.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("stats.csv?chart=nope")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());

        // the same page in Spanish and English
        go("/lang?to=es&back=/stats.xhtml");
        assertEquals("Estadísticas", d().findElement(By.tagName("h1")).getText());
        browser.assertAccessible("statistics in Spanish");
        go("/lang?to=en&back=/project/map.xhtml");
        assertEquals("Map of the sheets", d().findElement(By.tagName("h1")).getText());
        awaitMap();
        browser.assertAccessible("map in English");

        // a sheet's page places its body on a small map, drawn without JavaScript
        go("/project/list.xhtml");
        clickAndWait(d().findElement(By.cssSelector(".results .card a")));
        assertFalse(d().findElements(By.cssSelector("figure.place-map svg circle.dot")).isEmpty());
        browser.assertAccessible("sheet with its place map");
    }

    @Test
    void anAdministratorImportsASpreadsheetChecksItAndWatchesItsProgress() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("inventari", ".csv");
        java.nio.file.Files.writeString(file, String.join("\r\n",
                "external_id,title,summary,description,lead_body_type,lead_body_code,areas,typologies,phase",
                "inv-1,Registre d'entrada electrònic del consell,Resum,Descripció,county-council,38,services-formalities,processes,implemented",
                "inv-2,Bústia ciutadana en línia per a suggeriments,Resum,Descripció,municipality,25217,participation,services,pilot",
                "inv-3,Fila amb una àrea que no existeix,Resum,Descripció,municipality,25217,astronomy,services,pilot", ""));
        signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        go("/account/sheets.xhtml");
        clickAndWait(By.id("to-import"));
        browser.assertAccessible("import");
        for (int round = 1; round <= 2; round++) {
            d().findElement(By.id("upload:file")).sendKeys(file.toString());
            clickAndWait(By.id("upload:check"));
            assertTrue(d().findElement(By.id("report-summary")).getText().startsWith("3 files: 2 es poden importar, 1 té problemes"),
                    d().findElement(By.id("report-summary")).getText());
            String problems = d().findElement(By.cssSelector(".import-problems")).getText();
            assertTrue(problems.contains("astronomy") && problems.contains("areas"), problems);
            browser.assertAccessible("import check");
            clickAndWait(By.id("go:start"));
            assertTrue(d().getCurrentUrl().contains("/account/import.xhtml?job="), d().getCurrentUrl());
            WebElement summary = new WebDriverWait(d(), Duration.ofSeconds(30)).until(driver -> driver.findElements(
                    By.id("summary")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            String expected = round == 1 ? "2 fitxes noves, 0 actualitzades, 1 fila no importada."
                    : "0 fitxes noves, 2 actualitzades, 1 fila no importada.";
            assertTrue(summary.getText().startsWith(expected), summary.getText());
            assertEquals("3", d().findElement(By.id("bar")).getAttribute("value"));
            browser.assertAccessible("import finished");
            // the progress survives a reload
            d().navigate().refresh();
            assertTrue(d().findElement(By.id("done-count")).getText().contains("3 de 3"));
            clickAndWait(By.linkText("Importa un altre fitxer"));
        }
        go("/account/sheets.xhtml");
        assertTrue(d().getPageSource().contains("Bústia ciutadana en línia per a suggeriments"));
        signOut();
    }
}
