package org.perfreview.localstack.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * TEST-ONLY: headless Debian {@code chromium} driven by Selenium through Debian's {@code chromium-driver}. Both paths are
 * given explicitly, so Selenium Manager never looks for (or downloads) a browser or driver. A fresh profile per browser;
 * {@link #close} ends the driver, the browser and deletes the profile. Used by report-service's page tests and the
 * portal's browser tests (e2e-tests {@code PortalBrowserIT}).
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getProperty("perfreview.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("perfreview.chromedriver", "/usr/bin/chromedriver"));
    public static final String MISSING = "SKIPPED: no /usr/bin/chromium or /usr/bin/chromedriver (./run-tests installs Debian's "
            + "chromium and chromium-driver when run as root)";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** True when both the browser and its driver are installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A browser window of the given CSS size (1280 × 900 for a desktop, 390 × 844 for a phone). */
    public static Browser start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("perf-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Headers sent with every request from now on (e.g. {@code Authorization: Bearer …} for the services' own pages). */
    public void sendHeaders(Map<String, String> headers) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
    }

    /** The HTTP status of the current document (Navigation Timing). */
    public int documentStatus() {
        Object status = driver.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
        return ((Number) status).intValue();
    }

    /** Every URL the current document and its resources were fetched from. */
    @SuppressWarnings("unchecked")
    public List<String> requestedUrls() {
        return (List<String>) driver.executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
    }

    /** Errors the browser reported since the last call (uncaught exceptions, console.error, failed loads). */
    public List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("/favicon.ico")) // asked for by the browser itself, not by the page
                .toList();
    }

    /** True when the page is no wider than the window: nothing to scroll sideways. */
    public boolean fitsWidth() {
        Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Ends the driver and the browser (and every process it started) and deletes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }

    /** Starts one or says why not, for tests that skip where the browser is missing. */
    public static Optional<Browser> startIfAvailable(int width, int height) throws IOException {
        return available() ? Optional.of(start(width, height)) : Optional.empty();
    }
}
