package org.cwg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every served page must satisfy in the browser, and readings of its contract's elements. */
final class PageChecks {

  private static final Pattern FIRST_NUMBER = Pattern.compile("\\d[\\d,]*");

  /** Elements that draw something in an SVG chart. */
  private static final String DRAWN = "rect, path, circle, line, polyline, polygon, ellipse";

  private PageChecks() {}

  static void waitForPathStart(ChromeDriver chrome, String prefix) {
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(driver -> URI.create(driver.getCurrentUrl()).getPath().startsWith(prefix));
  }

  static void waitForPath(ChromeDriver chrome, String path) {
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals(path));
  }

  /** The page loaded, has no console error, and fetched nothing from another origin. */
  static void loaded(ChromeDriver chrome, URI base, String what) {
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(driver -> "complete".equals(chrome.executeScript("return document.readyState")));
    assertEquals(List.of(), Chromium.consoleErrors(chrome), what + ": console errors");
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            chrome.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
    String origin = base.toString();
    for (String resource : resources) {
      assertTrue(resource.startsWith(origin), what + " fetched " + resource);
    }
    assertFalse(
        chrome.findElements(By.cssSelector("html[lang]")).isEmpty(), what + ": <html> has no lang");
  }

  static int count(ChromeDriver chrome) {
    String shown = text(chrome, "p#count");
    Matcher number = FIRST_NUMBER.matcher(shown);
    assertTrue(number.find(), "no number in p#count: " + shown);
    return Integer.parseInt(number.group().replace(",", ""));
  }

  static String text(ChromeDriver chrome, String css) {
    return chrome.findElement(By.cssSelector(css)).getText();
  }

  static void assertDrawn(ChromeDriver chrome, String css) {
    List<WebElement> charts = chrome.findElements(By.cssSelector(css));
    assertFalse(charts.isEmpty(), "no " + css + " on " + chrome.getCurrentUrl());
    int drawn = charts.get(0).findElements(By.cssSelector(DRAWN)).size();
    assertTrue(drawn > 0, css + " draws nothing on " + chrome.getCurrentUrl());
    Object width =
        chrome.executeScript("return arguments[0].getBoundingClientRect().width", charts.get(0));
    assertTrue(((Number) width).doubleValue() > 0, css + " has no width");
    // A screen reader names the chart as the browser computes it (a title, a label).
    assertFalse(charts.get(0).getAccessibleName().isBlank(), css + " has no accessible name");
  }
}
