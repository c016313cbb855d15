package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cwg.Golden;
import org.cwg.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

  @TempDir Path temp;

  private Path seeds() throws Exception {
    return SeedFolder.copyTo(temp.resolve("docs"));
  }

  private String noIndex() {
    return temp.resolve("no-index").toString();
  }

  @Test
  void showsAFileThatIsNotIndexedAsText() throws Exception {
    Path report = seeds().resolve("004_631d3bb824dc1921.txt");
    CliRun run = CliRun.of("show", "--index", noIndex(), report.toString());
    assertEquals(0, run.exitCode(), run.err());
    String shown =
        run.out()
            .replace(report.toAbsolutePath().normalize().toString(), "PATH")
            .replaceAll("(?m)^(  id\\s+)\\p{XDigit}{12}$", "$1ID")
            // Citations are another stage's work; this golden file is about structure.
            .replaceAll(
                "\\d+ resolution mentions, \\d+ references", "R resolution mentions, D references");
    Golden.assertMatches("cli/show-004.txt", shown);
    assertEquals("", run.err());
  }

  @Test
  void referencesAreResolvedAgainstTheIndex() throws Exception {
    Path docs = seeds();
    Path manifest = temp.resolve("manifest.csv");
    Files.writeString(manifest, "file,number\n000_390a1167734b5728.txt,CWG-Internet-20/4\n");
    String index = temp.resolve("index").toString();
    assertEquals(
        0,
        CliRun.of(
                "ingest",
                "--quiet",
                "--index",
                index,
                "--manifest",
                manifest.toString(),
                docs.toString())
            .exitCode());
    CliRun run =
        CliRun.of(
            "show",
            "--index",
            index,
            "--format",
            "json",
            docs.resolve("004_631d3bb824dc1921.txt").toString());
    assertEquals(0, run.exitCode(), run.err());
    String contribution =
        Json.mapper()
            .readTree(
                CliRun.of("show", "--index", index, "--format", "json", "CWG-Internet-20/4").out())
            .get("id")
            .asText();
    int resolved = 0;
    for (JsonNode reference : Json.mapper().readTree(run.out()).get("references")) {
      boolean toContribution = reference.get("id").asText().equals("CWG-Internet-20/4");
      assertEquals(toContribution, reference.get("resolved").asBoolean(), reference.toString());
      if (toContribution) {
        assertEquals(contribution, reference.get("target").asText());
        resolved++;
      }
    }
    assertEquals(1, resolved);
  }

  @Test
  void jsonCarriesTheDocumentedFields() throws Exception {
    CliRun run =
        CliRun.of(
            "show",
            "--index",
            noIndex(),
            "--format",
            "json",
            seeds().resolve("001_27e60200d3c8a806.txt").toString());
    JsonNode doc = run.json();
    for (String field :
        new String[] {
          "id",
          "path",
          "number",
          "group",
          "meeting",
          "date",
          "sources",
          "title",
          "type",
          "language",
          "provenance",
          "sections",
          "proposals",
          "resolutions",
          "references",
          "counts"
        }) {
      assertTrue(doc.has(field), "missing " + field);
    }
    assertEquals("contribution", doc.get("type").asText());
    assertEquals("text", doc.get("provenance").get("type").asText());
    assertEquals("Russian Federation", doc.get("sources").get(0).asText());
    JsonNode proposal = doc.get("sections").get(3);
    assertEquals("proposal", proposal.get("kind").asText());
    assertEquals("Proposal", proposal.get("heading").asText());
    assertEquals("2", proposal.get("number").asText());
    assertEquals(1, proposal.get("level").asInt());
    assertTrue(proposal.get("text").asText().startsWith("On the basis of the considerations"));
    assertEquals(2, doc.get("proposals").size());
    assertEquals("1)", doc.get("proposals").get(0).get("number").asText());
    assertTrue(doc.get("proposals").get(0).get("text").asText().contains("\n•\torganize"));
  }

  @Test
  void findsAnIndexedDocumentByTheNumberAManifestGaveIt() throws Exception {
    Path docs = seeds();
    Path manifest = temp.resolve("manifest.csv");
    Files.writeString(
        manifest,
        "file,number,sources,date\r\n"
            + "000_390a1167734b5728.txt,CWG-Internet-20/4,"
            + "\"Russian Federation; Belarus; Tajikistan; Uzbekistan\",2024-09-12\r\n");
    String index = temp.resolve("index").toString();
    CliRun ingest =
        CliRun.of(
            "ingest",
            "--quiet",
            "--index",
            index,
            "--manifest",
            manifest.toString(),
            docs.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());

    CliRun run = CliRun.of("show", "--index", index, "--format", "json", "cwg-internet-20/4");
    JsonNode doc = run.json();
    assertEquals("CWG-Internet-20/4", doc.get("number").asText());
    assertEquals(20, doc.get("meeting").asInt());
    assertEquals(4, doc.get("sources").size());
    assertEquals("manifest", doc.get("provenance").get("number").asText());
    assertEquals("manifest", doc.get("provenance").get("meeting").asText());
    assertEquals("text", doc.get("provenance").get("type").asText());
  }

  @Test
  void markdownHasAMetadataTableAndTheOutline() throws Exception {
    CliRun run =
        CliRun.of(
            "show",
            "--index",
            noIndex(),
            "--format",
            "markdown",
            seeds().resolve("003_a40fdb2044d530c8.txt").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("| type | contribution | text | text: "), run.out());
    assertTrue(
        run.out()
            .contains(
                "\n  - 1 The security, safety, continuity, sustainability, and "
                    + "robustness of the Internet *(topic)*\n    - Outcome for Council *(outcome)*\n"),
        run.out());
  }

  @Test
  void anUnknownDocumentIsAUsageError() {
    CliRun run = CliRun.of("show", "--index", noIndex(), "CWG-Internet-99/1");
    assertEquals(2, run.exitCode());
    assertEquals(
        "cwg: no document 'CWG-Internet-99/1' in the index at "
            + noIndex()
            + ", and no such file\n",
        run.err());
  }

  @Test
  void aManifestWithAnUnknownColumnIsAUsageError() throws Exception {
    Path manifest = temp.resolve("m.csv");
    Files.writeString(manifest, "file,nmber\na.txt,CWG-Internet-20/4\n");
    CliRun run =
        CliRun.of(
            "show",
            "--index",
            noIndex(),
            "--manifest",
            manifest.toString(),
            seeds().resolve("000_390a1167734b5728.txt").toString());
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("cwg: manifest " + manifest + ": unknown column 'nmber'"), run.err());
  }
}
