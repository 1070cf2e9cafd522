package uk.registerly.server.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for the dashboard's tests: Debian's chromium driven through Debian's chromedriver (installed
 * by scripts/lib/prerequisites.sh), headless, with a fresh profile and none of the background network calls
 * Chromium makes of its own accord. Never Selenium Manager's download: the executables are named here.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("registerly.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("registerly.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new AssertionError("the dashboard's browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; scripts/test.sh installs them)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("registerly-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Writes the page as it is now to docs/screenshots/{name}.png (the build passes the directory). */
    static void screenshot(ChromeDriver driver, String name) {
        Path dir = Path.of(System.getProperty("registerly.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
