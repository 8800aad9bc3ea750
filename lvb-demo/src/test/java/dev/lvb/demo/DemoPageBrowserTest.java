package dev.lvb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The demo page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; nothing is
 * downloaded): it loads and goes live over server-sent events, a simulated push appears without a reload, ban turns
 * the row "not live", and a 404 from LVB shows its problem panel. On failure a screenshot is saved under
 * {@code target/browser-screenshots/}.
 * <p>
 * Without the browser the test is skipped, unless {@code -Dlvb.browser-test.required=true} (as {@code .ci/run} sets
 * it) makes a missing browser a failure.
 */
@QuarkusTest
class DemoPageBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("lvb.browser-test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("lvb.browser-test.chromedriver",
            "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(30);

    ChromeDriver browser;
    Path profile;
    LvbSimulatorControl simulator;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("lvb.browser-test.required")) {
            assertThat(present).as("Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
                    + " (Debian: apt-get install chromium chromium-driver)").isTrue();
        }
        Assumptions.assumeTrue(present, "no Chromium at " + CHROMIUM + " or no driver at " + CHROMEDRIVER);
        profile = Files.createTempDirectory("lvb-demo-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        simulator = LvbSimulatorControl.of(URI.create(
                ConfigProvider.getConfig().getValue(DemoSettings.SIMULATOR_URL_KEY, String.class)));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void thePageShowsPushesBansAndProblemsLive() throws Exception {
        String id = "browser_1";
        try {
            browser.get("http://localhost:" + RestAssured.port + "/");
            waitFor("the page connects its live updates",
                    () -> text(By.id("live-updates")).equals("live (server-sent events)"));
            waitFor("the page shows the simulator panel", () -> browser.findElement(By.id("sim-panel")).isDisplayed());
            // a marker that a reload would wipe out
            js("window.lvbNoReload = 'still the same page';");

            assertThat(simulator.push(id).status()).isEqualTo(200);
            waitFor("a LIVE row for " + id, () -> rowText(id).contains("LIVE"));

            click(By.cssSelector("tr[data-stream='" + id + "'] button[data-action='ban']"));
            waitFor("the answer to the ban", () -> text(By.id("result-title")).startsWith("ban " + id + " → HTTP 200"));
            waitFor("the row of " + id + " not live after the ban", () -> rowText(id).contains("not live"));

            browser.findElement(By.id("any-stream")).clear();
            browser.findElement(By.id("any-stream")).sendKeys("browser_never_pushed");
            click(By.xpath("//input[@id='any-stream']/ancestor::section//button[@data-action='status']"));
            waitFor("the 404 problem panel", () -> browser.findElement(By.id("result")).getAttribute("class")
                    .contains("problem") && text(By.id("result-title")).contains("HTTP 404"));
            assertThat(text(By.id("result-body"))).contains("\"lvbCode\": \"20601\"");

            assertThat(js("return window.lvbNoReload;")).as("no reload happened").isEqualTo("still the same page");
        } catch (Throwable failure) {
            screenshot("thePageShowsPushesBansAndProblemsLive");
            throw failure;
        } finally {
            // other tests of this application may use the stream ids of the simulator: leave this one allowed
            io.restassured.RestAssured.given().post("/streams/" + id + "/allow");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private String rowText(String id) {
        return browser.findElements(By.cssSelector("tr[data-stream='" + id + "']")).stream().findFirst()
                .map(WebElement::getText).orElse("");
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** Clicks the first match; the table is re-rendered on every picture, so a stale element is looked up again. */
    private void click(By by) {
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).withMessage(what).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private void screenshot(String name) {
        try {
            Path dir = Path.of("target", "browser-screenshots");
            Files.createDirectories(dir);
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Path target = dir.resolve(name + ".png");
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("Screenshot of the failed page: " + target.toAbsolutePath());
        } catch (RuntimeException | IOException e) {
            System.err.println("No screenshot: " + e);
        }
    }
}
