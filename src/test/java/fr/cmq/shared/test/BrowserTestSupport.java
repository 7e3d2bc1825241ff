package fr.cmq.shared.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browser tests: the running platform in a real headless Chromium. Each page a test visits can be checked with
 * axe-core against WCAG 2.1 A and AA, which also saves a screenshot under {@code target/screenshots}. Skipped, with a
 * message, only where Chromium is not installed, and never in CI.
 */
@IntegrationTest
public abstract class BrowserTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    protected static WebDriver browser;
    private static Path userDataDir;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI must install chromium and chromium-driver (see .ci/run)").isTrue();
        }
        assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped");
        userDataDir = Files.createTempDirectory("cmq-chromium");
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--lang=fr-FR", "--window-size=1280,1024",
                        "--user-data-dir=" + userDataDir);
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (userDataDir != null) {
            try (var paths = Files.walk(userDataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected WebElement find(String cssSelector) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    protected String currentPath() {
        return browser.getCurrentUrl().substring(("http://localhost:" + port).length());
    }

    protected void signIn(String email, String password) {
        open("/connexion");
        find("#email").sendKeys(email);
        find("#motDePasse").sendKeys(password);
        followFrom(find("#sign-in-form button[type=submit]"));
    }

    protected void signOut() {
        followFrom(find("form[action='/deconnexion'] button"));
    }

    /** Clicks a link or a button and waits for the page it leads to. */
    protected void followFrom(WebElement element) {
        var page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> gone(page));
    }

    /**
     * Whether the element left the document. Asked while the next page replaces it, Chromium may answer that the node
     * "does not belong to the document" instead of calling it stale: it is gone all the same.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Saves a screenshot of the page as {@code name.png}, then fails on any WCAG 2.1 A/AA violation axe-core finds, or
     * on anything the Content Security Policy blocked.
     */
    protected void checkAccessibility(String name) {
        screenshot(name);
        var javascript = (JavascriptExecutor) browser;
        javascript.executeScript(axeScript());
        String result = (String) javascript.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
                   .then(results => done(JSON.stringify(results.violations.map(violation => ({
                       id: violation.id, impact: violation.impact, help: violation.help,
                       nodes: violation.nodes.map(node => node.target.join(' ')) })))))
                   .catch(error => done(JSON.stringify([{ id: 'axe-error', help: String(error) }])));
                """, WCAG_21_AA);
        List<Map<String, Object>> violations = JsonMapper.builder().build().readValue(result, new TypeReference<>() {
        });
        assertThat(violations).as("WCAG 2.1 A/AA violations on %s (%s)", name, currentPath()).isEmpty();
        checkNothingBlocked(name);
    }

    /** Fails on anything the Content Security Policy blocked since the last check. */
    protected void checkNothingBlocked(String name) {
        var blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getMessage())
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(blocked).as("blocked by the Content Security Policy on %s", name).isEmpty();
    }

    /** Fails when the page, shown 375 pixels wide (a small phone), scrolls sideways; the window is put back after. */
    protected void checkNarrow(String name) {
        var window = browser.manage().window();
        var size = window.getSize();
        try {
            window.setSize(new Dimension(375, 812));
            browser.navigate().refresh();
            screenshot(name + "-375");
            long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal scroll at 375 px on %s (%s)", name, currentPath()).isLessThanOrEqualTo(0);
        } finally {
            window.setSize(size);
        }
    }

    private static void screenshot(String name) {
        try {
            var directory = Path.of(System.getProperty("cmq.screenshots.dir", "target/screenshots"));
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeScript() {
        try {
            return Files.readString(Path.of(System.getProperty("cmq.axe.script", "node_modules/axe-core/axe.min.js")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run the build (npm ci) first", e);
        }
    }
}
