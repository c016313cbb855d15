package org.cwg.serve;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium through the system's chromedriver (Debian's {@code chromium} and {@code
 * chromium-driver}), both given by path so that Selenium never looks for a driver on the network.
 * {@code -Dcwg.chromium=PATH} and {@code -Dcwg.chromedriver=PATH} point elsewhere.
 */
final class Chromium {

  static final String SKIP_PROPERTY = "cwg.browser.skip";
  static final int WIDTH = 1280;
  static final int HEIGHT = 900;

  private Chromium() {}

  static Path browser() {
    return Path.of(System.getProperty("cwg.chromium", "/usr/bin/chromium"));
  }

  static Path driver() {
    return Path.of(System.getProperty("cwg.chromedriver", "/usr/bin/chromedriver"));
  }

  /** Why the browser cannot run here, or null when both programs are installed. */
  static String missing() {
    for (Path program : List.of(browser(), driver())) {
      if (!Files.isExecutable(program)) {
        return program
            + " is not installed: apt-get install chromium chromium-driver (as .ci/run does),"
            + " or -D"
            + SKIP_PROPERTY
            + "=true to skip the browser test";
      }
    }
    return null;
  }

  /** A new headless browser whose viewport is {@link #WIDTH}×{@link #HEIGHT} CSS pixels. */
  static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser().toFile());
    options.addArguments(
        "--headless=new",
        // Root in a container has no user namespace for Chromium's sandbox.
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--force-device-scale-factor=1",
        "--hide-scrollbars",
        // No traffic but to the served pages: no updates, sync, or first-run pages.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver().toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    // The window's outer size is not the page's: set the viewport itself.
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    return chrome;
  }

  /** The console messages at SEVERE since the last call (errors, uncaught exceptions). */
  static List<String> consoleErrors(ChromeDriver chrome) {
    return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** A PNG of the viewport. */
  static void screenshot(ChromeDriver chrome, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    File shot = chrome.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
  }
}
