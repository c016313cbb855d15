package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cwg.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOC names a document by number, id, id prefix, path or file name: as {@code list} shows it. The
 * seeds are indexed twice over (two folders) plus once under a name of their own, so that a file
 * name can be unique or shared.
 */
class DocumentNamingTest {

  private static final String SHARED = "001_27e60200d3c8a806.txt";
  private static final String UNIQUE = "S24-CWGINT20-C-0099!!MSW-E.txt";

  @TempDir static Path temp;

  private static String index;

  @BeforeAll
  static void indexTwoFolders() throws Exception {
    Path docs = Files.createDirectories(temp.resolve("docs"));
    SeedFolder.copyTo(docs.resolve("a"));
    Path b = Files.createDirectories(docs.resolve("b"));
    try (InputStream in = DocumentNamingTest.class.getResourceAsStream("/seeds/" + SHARED)) {
      // The same name with other content: a different document.
      Files.writeString(b.resolve(SHARED), new String(in.readAllBytes()) + "\nAn added line.\n");
    }
    try (InputStream in =
        DocumentNamingTest.class.getResourceAsStream("/seeds/002_286d323b42f9aff4.txt")) {
      Files.write(b.resolve(UNIQUE), in.readAllBytes());
    }
    index = temp.resolve("index").toString();
    assertEquals(0, CliRun.of("ingest", "--quiet", "--index", index, docs.toString()).exitCode());
  }

  private static JsonNode list() throws Exception {
    return Json.mapper().readTree(CliRun.of("list", "--index", index, "--format", "json").out());
  }

  private static String idOf(String fileName) throws Exception {
    for (JsonNode entry : list()) {
      if (entry.get("path").asText().endsWith("/b/" + fileName)) {
        return entry.get("id").asText();
      }
    }
    throw new AssertionError(fileName);
  }

  private static JsonNode show(String doc) throws Exception {
    CliRun run = CliRun.of("show", doc, "--index", index, "--format", "json");
    assertEquals(0, run.exitCode(), doc + ": " + run.err());
    return Json.mapper().readTree(run.out());
  }

  @Test
  void aUniqueFileNameAsListShowsItNamesTheDocument() throws Exception {
    assertEquals(idOf(UNIQUE), show(UNIQUE).get("id").asText());
    assertEquals(idOf(UNIQUE), show("b/" + UNIQUE).get("id").asText());
  }

  @Test
  void anIdPrefixOfFourCharactersNamesTheDocument() throws Exception {
    String id = idOf(UNIQUE);
    assertEquals(id, show(id).get("id").asText());
    assertEquals(id, show(id.substring(0, 4)).get("id").asText());
    assertEquals(id, show(id.substring(0, 6).toUpperCase()).get("id").asText());
    CliRun tooShort = CliRun.of("show", id.substring(0, 3), "--index", index);
    assertEquals(2, tooShort.exitCode(), tooShort.out());
  }

  @Test
  void aSharedFileNameListsTheCandidatesAndIsAUsageError() {
    for (String command : new String[] {"show", "sections", "refs"}) {
      CliRun run = CliRun.of(command, SHARED, "--index", index);
      assertEquals(2, run.exitCode(), command + ": " + run.out());
      assertTrue(run.err().startsWith("cwg: '" + SHARED + "' names 2 documents"), run.err());
      assertTrue(run.err().contains("/a/" + SHARED + "\n"), run.err());
      assertTrue(run.err().contains("/b/" + SHARED + "\n"), run.err());
    }
  }

  @Test
  void theOtherCommandsTakingDocAcceptTheSameNames() throws Exception {
    assertEquals(0, CliRun.of("sections", UNIQUE, "--index", index).exitCode());
    CliRun refs = CliRun.of("refs", idOf(UNIQUE).substring(0, 5), "--index", index);
    assertEquals(0, refs.exitCode(), refs.err());
  }

  @Test
  void searchShowsAPathWithShellSpecialCharactersQuoted() {
    CliRun run = CliRun.of("search", "Internet", "--limit", "20", "--index", index);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().lines().anyMatch(line -> line.matches("  '.*!!MSW-E\\.txt'")), run.out());
    assertTrue(run.out().lines().noneMatch(line -> line.matches("  [^'].*!!MSW.*")), run.out());
  }
}
