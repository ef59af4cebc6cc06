package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download), with the axe-core
 * accessibility engine (npm) injected into pages on demand.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    private final String axe;

    Browser(String language) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        axe = Files.readString(Path.of(System.getProperty("axe.script", "../node_modules/axe-core/axe.min.js")));
    }

    /** Serious and critical WCAG 2.1 A/AA violations on the current page, one line each. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityProblems() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // the page as it settles: an overlay fading in or out (a calendar, suggestions) is half-transparent and its
        // colours are not what anyone reads
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return !window.jQuery || window.jQuery(':animated').length === 0;")));
        js.executeScript(axe);
        Object result = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(function (n) {"
                + "    return n.target.join(' '); }).join(' | '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    /**
     * Errors the browser console logged since the last look (blocked scripts or styles, script errors, failed
     * resources); the error status of the page itself, when a test asks for a missing page, is not one.
     */
    List<String> consoleErrors() {
        String page = driver.getCurrentUrl();
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(m.startsWith(page + " ") && m.contains("Failed to load resource")))
                .toList();
    }

    /** No serious WCAG problem, and nothing in the console. */
    void assertAccessible(String page) {
        assertEquals(List.of(), accessibilityProblems(), "WCAG 2.1 AA problems on " + page);
        assertEquals(List.of(), consoleErrors(), "console errors on or before " + page);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
