package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        new Select(d().findElement(By.id("near"))).selectByValue("25217");
        d().findElement(By.id("maxKm")).sendKeys("150");
        clickAndWait(By.cssSelector(".filters-form button[type=submit]"));
        assertTrue(d().findElement(By.id("results-heading")).getText().contains("Tàrrega"));
        double last = -1;
        for (WebElement distance : d().findElements(By.cssSelector(".results .distance"))) {
            double km = Double.parseDouble(distance.getText().replace(" km", "").replace(".", "").replace(',', '.'));
            assertTrue(km >= last && km <= 150, distance.getText());
            last = km;
        }
        assertTrue(last >= 0, "some results have a distance");
        browser.assertAccessible("catalogue near");
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
        clickAndWait(By.cssSelector("#level-body + dl a"));
        assertTrue(d().getPageSource().contains(title));
        browser.assertAccessible("body");
    }

    @Test
    void writeASheetThroughTheWizard() {
        go("/project/edit.xhtml");
        browser.assertAccessible("wizard step 1");
        clickAndWait(By.id("edit:next"));
        assertTrue(d().findElement(By.id("edit:messages")).getText().contains("Títol: cal omplir aquest camp."));
        d().findElement(By.id("edit:title")).sendKeys("Finestreta única digital de prova");
        d().findElement(By.id("edit:summary")).sendKeys("Un sol punt d'entrada per a tots els tràmits.");
        clickAndWait(By.id("edit:next"));

        d().findElement(By.id("edit:bodyQuery")).sendKeys("Tàrrega");
        clickAndWait(By.id("edit:searchBodies"));
        clickAndWait(d().findElements(By.cssSelector("input[value='Tria com a impulsor']")).get(0));
        assertTrue(d().findElement(By.id("lead-current")).getText().contains("Tàrrega"));
        browser.assertAccessible("wizard step 2");
        clickAndWait(By.id("edit:next"));

        d().findElement(By.id("edit:description")).sendKeys("La ciutadania fa **tots** els tràmits en un sol lloc.");
        d().findElement(By.id("edit:savingsYear")).sendKeys("-10");
        clickAndWait(By.id("edit:next"));
        assertTrue(d().findElement(By.id("edit:messages")).getText().contains("ha de ser un nombre positiu o zero"));
        d().findElement(By.id("edit:savingsYear")).clear();
        d().findElement(By.id("edit:savingsYear")).sendKeys("12000");
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
}
