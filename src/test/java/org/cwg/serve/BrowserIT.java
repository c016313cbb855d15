package org.cwg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cwg.generate.CorpusGenerator;
import org.cwg.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code cwg serve} in headless Chromium, over an index of the samples (with their language
 * versions) and a small generated corpus, so that searches have more than a page of hits: the
 * search form, a facet, pagination, a document page and its links, the resolutions with their heat
 * map and trend charts, a meeting, the graph. Every page must load with no error in the browser's
 * console and fetch nothing from another origin. The last test saves screenshots of the main pages
 * into {@code target/screenshots/}.
 *
 * <p>Fails when Chromium is missing (CI installs it), unless {@code -Dcwg.browser.skip=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

  @TempDir static Path tmp;

  private List<Path> samples;
  private ServerProcess server;
  private ChromeDriver chrome;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  void serveTheSamples() throws Exception {
    Assumptions.assumeFalse(
        Boolean.getBoolean(Chromium.SKIP_PROPERTY),
        "-D" + Chromium.SKIP_PROPERTY + "=true: the browser test is skipped");
    String missing = Chromium.missing();
    if (missing != null) {
      fail(missing);
    }
    Path generated = tmp.resolve("generated");
    new CorpusGenerator(1).generate(40, 2, 18L, generated, tmp.resolve("generated-truth.jsonl"));
    samples = BrowserCorpus.copyOfTheSamples(tmp);
    Path index = BrowserCorpus.ingest(tmp.resolve("index"), samples, generated);
    server = ServerProcess.fromClasspath(index, Duration.ofSeconds(60));
    chrome = Chromium.start();
  }

  @AfterAll
  void stop() throws Exception {
    if (chrome != null) {
      chrome.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void nothingLeftInTheConsole() {
    if (chrome != null) {
      assertEquals(List.of(), Chromium.consoleErrors(chrome), "console errors at the end");
    }
  }

  @Test
  @Order(1)
  void theSearchFormFindsHighlightedHitsAndAFacetNarrowsThem() {
    open("/");
    WebElement box = chrome.findElement(By.cssSelector("form#search input#q[name=q]"));
    assertFalse(box.getAccessibleName().isBlank(), "the query box has no label");
    box.sendKeys("Internet", Keys.ENTER);
    PageChecks.waitForPath(chrome, "/search");
    checkPage("search for Internet");
    int all = PageChecks.count(chrome);
    assertTrue(all > 0, "no hit for Internet");
    List<WebElement> hits = chrome.findElements(By.cssSelector("li.hit"));
    assertFalse(hits.isEmpty(), "a count but no li.hit");
    assertTrue(
        hits.get(0).findElement(By.cssSelector("a.doc")).getAttribute("href").contains("/doc/"),
        "a hit's link goes to its document page");
    assertFalse(
        chrome.findElements(By.cssSelector("li.hit mark")).isEmpty(),
        "snippets highlight the term with <mark>");
    String results = chrome.getCurrentUrl();
    hits.get(0).findElement(By.cssSelector("a.doc")).click();
    PageChecks.waitForPathStart(chrome, "/doc/");
    checkPage("the first hit's document");
    assertFalse(PageChecks.text(chrome, "h1#title").isBlank(), "the first hit's page has no title");

    // The facets are links: following one must keep some hits and drop others.
    chrome.get(results);
    int facets = chrome.findElements(By.cssSelector("aside#facets a.facet")).size();
    assertTrue(facets > 0, "no facet link in aside#facets");
    List<String> tried = new ArrayList<>();
    for (int i = 0; i < Math.min(facets, 12); i++) {
      chrome.get(results);
      WebElement facet = chrome.findElements(By.cssSelector("aside#facets a.facet")).get(i);
      String label = facet.getText();
      facet.click();
      PageChecks.waitForPath(chrome, "/search");
      checkPage("facet " + label);
      int narrowed = PageChecks.count(chrome);
      tried.add(label + " -> " + narrowed);
      assertTrue(narrowed <= all, "facet " + label + " gave more hits than none: " + narrowed);
      if (narrowed > 0 && narrowed < all) {
        assertNotEquals(results, chrome.getCurrentUrl(), "a facet changes the query");
        return;
      }
    }
    fail("no facet narrowed " + all + " hits: " + tried);
  }

  @Test
  @Order(2)
  void pagesOfHitsFollowOneAnother() {
    open("/search?q=" + encode("Internet OR ITU OR council"));
    checkPage("broad search");
    int all = PageChecks.count(chrome);
    int first = chrome.findElements(By.cssSelector("li.hit")).size();
    assertTrue(first > 0 && first <= all, first + " hits shown of " + all);
    // The generated documents are there so that this query has more than one page.
    assertTrue(all > first, "all " + all + " hits on one page");
    List<WebElement> next = chrome.findElements(By.cssSelector("nav#pages a[rel=next]"));
    assertFalse(next.isEmpty(), all + " hits, " + first + " shown, and no next page");
    assertTrue(
        chrome.findElements(By.cssSelector("nav#pages a[rel=prev]")).isEmpty(),
        "a previous page before the first");
    String firstHit = firstHitLink();
    next.get(0).click();
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("page=2"));
    checkPage("page 2");
    assertEquals(all, PageChecks.count(chrome), "the count is the same on page 2");
    assertFalse(chrome.findElements(By.cssSelector("li.hit")).isEmpty(), "page 2 is empty");
    assertNotEquals(firstHit, firstHitLink(), "page 2 starts with page 1's first hit");
    chrome.findElement(By.cssSelector("nav#pages a[rel=prev]")).click();
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(driver -> !driver.getCurrentUrl().contains("page=2"));
    checkPage("back to page 1");
    assertEquals(firstHit, firstHitLink(), "prev leads back to page 1");
  }

  @Test
  @Order(3)
  void aMalformedQueryIsAnErrorOnThePageAnd400() throws Exception {
    String path = "/search?q=" + encode("\"unclosed AND (");
    assertEquals(400, get(path).statusCode(), "status of " + path);
    open(path);
    String message = chrome.findElement(By.cssSelector("p.error")).getText();
    assertFalse(message.isBlank(), "the error paragraph is empty");
    // The browser reports the 400 itself in the console; that one is expected.
    Chromium.consoleErrors(chrome);
  }

  @Test
  @Order(4)
  void aDocumentPageShowsItsCoverOutlineAndLinks() throws Exception {
    String withOutline = null;
    String withRefs = null;
    for (String document : documentPages()) {
      open(document);
      checkPage(document);
      assertFalse(PageChecks.text(chrome, "h1#title").isBlank(), document + ": empty title");
      assertFalse(
          chrome.findElements(By.cssSelector("dl#cover dt")).isEmpty(),
          document + ": no cover metadata");
      if (withOutline == null
          && !chrome.findElements(By.cssSelector("nav#outline a[href^='#s-']")).isEmpty()) {
        withOutline = document;
      }
      if (withRefs == null
          && !chrome.findElements(By.cssSelector("ul#refs a[href], ul#cites a[href]")).isEmpty()) {
        withRefs = document;
      }
    }
    assertTrue(withOutline != null, "no document page has an outline linking to its sections");
    assertTrue(withRefs != null, "no document page links a reference or a citation");

    open(withOutline);
    List<WebElement> outline = chrome.findElements(By.cssSelector("nav#outline a[href^='#s-']"));
    WebElement last = outline.get(outline.size() - 1);
    String target = last.getAttribute("href");
    String id = target.substring(target.indexOf('#') + 1);
    last.click();
    new WebDriverWait(chrome, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("#"));
    assertTrue(chrome.getCurrentUrl().endsWith("#" + id), "the outline link went to " + id);
    WebElement section = chrome.findElement(By.cssSelector("section#" + id));
    assertEquals(
        section,
        chrome.executeScript("return document.querySelector(':target')"),
        "the linked section is the page's target");
    checkPage(withOutline + "#" + id);

    open(withRefs);
    WebElement reference = chrome.findElement(By.cssSelector("ul#refs a[href], ul#cites a[href]"));
    String label = reference.getText();
    String from = chrome.getCurrentUrl();
    reference.click();
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(driver -> !driver.getCurrentUrl().equals(from));
    checkPage("reference " + label + " from " + withRefs);
    assertFalse(
        chrome.findElements(By.cssSelector("h1")).isEmpty(), "the reference's page has no h1");
  }

  @Test
  @Order(5)
  void aDocumentCitedByAnotherLinksBackAndAContributionShowsItsOutcome() throws Exception {
    boolean citedBy = false;
    boolean outcome = false;
    for (String document : documentPages()) {
      open(document);
      checkPage(document);
      citedBy |= !chrome.findElements(By.cssSelector("ul#cited-by a[href]")).isEmpty();
      outcome |= !chrome.findElements(By.cssSelector("div#outcome")).isEmpty();
    }
    assertTrue(citedBy, "no document page lists a document citing it (ul#cited-by)");
    assertTrue(outcome, "no contribution's page shows its meeting's outcome (div#outcome)");
  }

  @Test
  @Order(6)
  void theResolutionsHaveACatalogueAHeatMapAndTrends() {
    open("/resolutions");
    checkPage("/resolutions");
    assertFalse(
        chrome.findElements(By.cssSelector("table#catalogue tbody tr")).isEmpty(),
        "the catalogue is empty");
    PageChecks.assertDrawn(chrome, "svg.chart.heatmap");
    WebElement resolution = chrome.findElement(By.cssSelector("a[href^='/resolution/']"));
    String label = resolution.getText();
    resolution.click();
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/resolution/"));
    checkPage("resolution " + label);
    PageChecks.assertDrawn(chrome, "svg.chart.trend");

    open("/trend?q=" + encode("Internet"));
    checkPage("/trend?q=Internet");
    PageChecks.assertDrawn(chrome, "svg.chart.trend");
  }

  @Test
  @Order(7)
  void aMeetingListsItsContributions() {
    open("/meetings");
    checkPage("/meetings");
    List<WebElement> meetings = chrome.findElements(By.cssSelector("a[href^='/meeting/']"));
    assertFalse(meetings.isEmpty(), "/meetings links no meeting");
    String label = meetings.get(0).getText();
    meetings.get(0).click();
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/meeting/"));
    checkPage("meeting " + label);
    assertFalse(
        chrome.findElements(By.cssSelector("table#contributions tbody tr")).isEmpty(),
        "meeting " + label + " lists no contribution");
    assertFalse(
        chrome.findElements(By.cssSelector("table#contributions a[href^='/doc/']")).isEmpty(),
        "meeting " + label + " links no document");
  }

  @Test
  @Order(8)
  void theGraphIsDrawn() {
    open("/graph");
    checkPage("/graph");
    PageChecks.assertDrawn(chrome, "svg.chart.graph");
  }

  @Test
  @Order(9)
  void unknownPagesAndPathTraversalAre404() throws Exception {
    for (String path :
        List.of(
            "/doc/NO-SUCH-DOCUMENT-42",
            "/no/such/page",
            "/../../../../etc/passwd",
            "/assets/../../../../etc/passwd",
            "/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd",
            "/api/show?doc=NO-SUCH-DOCUMENT-42")) {
      HttpResponse<String> response = get(path);
      assertEquals(404, response.statusCode(), "status of " + path);
      assertFalse(response.body().contains("root:"), path + " served a system file");
    }
  }

  /**
   * Pictures of the main pages for the README, over the samples alone (as a reader who ingests them
   * sees it), into {@code target/screenshots/}, each page checked like the others.
   */
  @Test
  @Order(10)
  void screenshotsOfTheMainPages() throws Exception {
    Path folder = Path.of("target", "screenshots");
    Path index = BrowserCorpus.ingest(tmp.resolve("samples-index"), samples);
    ServerProcess main = server;
    try (ServerProcess samplesOnly = ServerProcess.fromClasspath(index, Duration.ofSeconds(60))) {
      server = samplesOnly;
      shoot("/search?q=" + encode("\"Internet governance\""), folder.resolve("search.png"));
      shoot(documentPages().get(0), folder.resolve("document.png"));
      shoot("/resolutions", folder.resolve("resolutions.png"));
      open("/meetings");
      URI meeting =
          URI.create(
              chrome.findElement(By.cssSelector("a[href^='/meeting/']")).getAttribute("href"));
      shoot(
          meeting.getRawPath() + (meeting.getRawQuery() == null ? "" : "?" + meeting.getRawQuery()),
          folder.resolve("meeting.png"));
      shoot("/graph", folder.resolve("graph.png"));
    } finally {
      server = main;
    }
    for (String name : List.of("search", "document", "resolutions", "meeting", "graph")) {
      assertTrue(Files.size(folder.resolve(name + ".png")) > 0, name + ".png is empty");
    }
  }

  private void shoot(String path, Path file) throws IOException {
    open(path);
    checkPage(path);
    Chromium.screenshot(chrome, file);
  }

  /** The document pages of the real samples (not the generated documents), from /api/list. */
  private List<String> documentPages() throws Exception {
    HttpResponse<String> list = get("/api/list");
    assertEquals(200, list.statusCode(), "status of /api/list");
    List<String> pages = new ArrayList<>();
    for (JsonNode document : Json.mapper().readTree(list.body())) {
      if (document.path("path").asText().contains("samples")) {
        pages.add("/doc/" + document.path("id").asText());
      }
    }
    assertFalse(pages.isEmpty(), "/api/list has none of the samples");
    return pages;
  }

  private void open(String path) {
    chrome.get(server.base().resolve(path).toString());
  }

  /** The page loaded, has no console error, and fetched nothing from another origin. */
  private void checkPage(String what) {
    PageChecks.loaded(chrome, server.base(), what);
  }

  private String firstHitLink() {
    return chrome.findElement(By.cssSelector("li.hit a.doc")).getAttribute("href");
  }

  private HttpResponse<String> get(String path) throws Exception {
    // The raw path, unnormalized, as a hostile client would send it.
    URI uri = URI.create(server.base().toString().replaceAll("/$", "") + path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
