package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

  @TempDir Path temp;

  private String indexOfSeeds() throws Exception {
    Path docs = SeedFolder.copyTo(temp.resolve("docs"));
    String index = temp.resolve("index").toString();
    assertEquals(0, CliRun.of("ingest", "--quiet", "--index", index, docs.toString()).exitCode());
    return index;
  }

  @Test
  void jsonIsAnArrayOfDocumentsWithTheDocumentedFields() throws Exception {
    CliRun run = CliRun.of("list", "--index", indexOfSeeds(), "--format", "json");
    JsonNode list = run.json();
    assertEquals(5, list.size());
    for (JsonNode entry : list) {
      for (String field :
          new String[] {
            "id", "path", "type", "title", "number", "meeting", "date", "sources", "mediaType"
          }) {
        assertTrue(entry.has(field), "missing " + field + " in " + entry);
      }
      assertEquals("text/plain", entry.get("mediaType").asText());
      assertEquals(12, entry.get("id").asText().length());
    }
  }

  @Test
  void csvHasAHeaderAndOneRowPerDocument() throws Exception {
    CliRun run = CliRun.of("list", "--index", indexOfSeeds(), "--format", "csv");
    assertEquals(0, run.exitCode());
    String[] lines = run.out().split("\r\n");
    assertEquals("id,number,meeting,date,type,sources,title,path,language", lines[0]);
    assertEquals(6, lines.length);
  }

  @Test
  void textHasOneLinePerDocumentUnderAHeader() throws Exception {
    CliRun run = CliRun.of("list", "--index", indexOfSeeds());
    assertEquals(0, run.exitCode());
    assertEquals(6, run.out().lines().count());
    assertTrue(run.out().startsWith("ID "));
  }

  @Test
  void withoutAnIndexItSaysHowToMakeOne() {
    Path missing = temp.resolve("none");
    CliRun run = CliRun.of("list", "--index", missing.toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "cwg: no index at " + missing + "; run 'cwg ingest FOLDER' first, or pass --index DIR\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    CliRun run = CliRun.of("list", "--index", indexOfSeeds(), "--format", "dot");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "cwg: --format dot is not available here; use one of: " + "text, json, csv"),
        run.err());
  }
}
