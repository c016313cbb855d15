package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.cwg.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

  @TempDir Path temp;
  Path docs;
  String index;

  @BeforeEach
  void seeds() throws Exception {
    docs = SeedFolder.copyTo(temp.resolve("docs"));
    index = temp.resolve("index").toString();
  }

  private CliRun ingest(String... extra) {
    List<String> args = new ArrayList<>(List.of("ingest", "--index", index, "--quiet"));
    args.addAll(List.of(extra));
    args.add(docs.toString());
    return CliRun.of(args.toArray(String[]::new));
  }

  private static String withoutTime(String line) {
    return line.replaceAll(" \\(\\d+\\.\\d s\\)", "");
  }

  @Test
  void firstIngestAddsEveryDocumentAndPrintsOneSummaryLine() {
    CliRun run = ingest();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("5 added, 0 updated, 0 unchanged, 0 removed, 0 failed\n", withoutTime(run.out()));
    assertEquals("", run.err());
  }

  @Test
  void secondIngestOfAnUnchangedFolderParsesNothing() {
    ingest();
    CliRun again = ingest();
    assertEquals(0, again.exitCode());
    assertEquals(
        "0 added, 0 updated, 5 unchanged, 0 removed, 0 failed\n", withoutTime(again.out()));
  }

  @Test
  void aTouchedFileIsUpdated() throws Exception {
    ingest();
    Path touched = docs.resolve(SeedFolder.NAMES.get(2));
    Files.setLastModifiedTime(
        touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5_000));
    assertEquals(
        "0 added, 1 updated, 4 unchanged, 0 removed, 0 failed\n", withoutTime(ingest().out()));
  }

  @Test
  void aDeletedFileIsPrunedOnlyWhenAsked() throws Exception {
    ingest();
    Files.delete(docs.resolve(SeedFolder.NAMES.get(0)));
    assertEquals(
        "0 added, 0 updated, 4 unchanged, 0 removed, 0 failed\n", withoutTime(ingest().out()));
    assertEquals(
        "0 added, 0 updated, 4 unchanged, 1 removed, 0 failed\n",
        withoutTime(ingest("--prune").out()));
    JsonNode listed =
        Json.mapper().readTree(CliRun.of("list", "--index", index, "--format", "json").out());
    assertEquals(4, listed.size());
  }

  @Test
  void jsonSummaryHasTheDocumentedFields() throws Exception {
    CliRun run = ingest("--format", "json");
    JsonNode summary = Json.mapper().readTree(run.out());
    List<String> fields = new ArrayList<>();
    summary.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of("added", "updated", "unchanged", "removed", "failed"), fields.subList(0, 5));
    assertEquals(5, summary.get("added").asInt());
    assertTrue(summary.get("failed").isArray());
  }

  @Test
  void unreadableFilesGetOneLineEachAndTheRunGoesOn() throws Exception {
    Files.write(docs.resolve("empty.docx"), new byte[0]);
    Files.write(docs.resolve("noise.docx"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 9});
    Files.writeString(docs.resolve(".hidden.txt"), "not to be indexed");
    Files.writeString(docs.resolve("~$lock.docx"), "owner");
    CliRun run = ingest("--format", "json");
    assertEquals(1, run.exitCode());
    List<String> lines = run.err().lines().toList();
    assertEquals(
        List.of(
            docs.resolve("empty.docx") + ": empty (0 bytes)",
            docs.resolve("noise.docx") + ": unsupported type (application/octet-stream)"),
        lines.stream().sorted().toList());
    JsonNode summary = Json.mapper().readTree(run.out());
    assertEquals(5, summary.get("added").asInt());
    assertEquals(2, summary.get("failed").size());
    assertEquals(
        docs.resolve("empty.docx").toString(), summary.get("failed").get(0).get("path").asText());
    assertEquals("empty (0 bytes)", summary.get("failed").get(0).get("reason").asText());
  }

  @Test
  void aFailedFileThatDidNotChangeIsReportedAgainWithoutParsing() throws Exception {
    Files.write(docs.resolve("empty.docx"), new byte[0]);
    ingest();
    CliRun again = ingest();
    assertEquals(1, again.exitCode());
    assertEquals(
        "0 added, 0 updated, 5 unchanged, 0 removed, 1 failed\n", withoutTime(again.out()));
  }

  @Test
  void aMissingFolderIsAUsageError() {
    CliRun run = CliRun.of("ingest", "--index", index, temp.resolve("nowhere").toString());
    assertEquals(2, run.exitCode());
    assertEquals("cwg: no such file or folder: " + temp.resolve("nowhere") + "\n", run.err());
  }

  @Test
  void noPathIsAUsageError() {
    CliRun run = CliRun.of("ingest", "--index", index);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("cwg: Missing required parameter: 'PATH'"), run.err());
  }

  @Test
  void globsChooseTheFilesAndAManifestRowNamingNoFileIsWarnedOnce() throws Exception {
    Files.writeString(docs.resolve("labels.json"), "{\"documents\": []}\n");
    Files.writeString(docs.resolve("notes.md"), "Notes on Resolution 1305 of the Council\n");
    Path manifest = temp.resolve("manifest.csv");
    Files.writeString(manifest, "file,number\nnowhere.docx,C25/1\n");

    CliRun run =
        ingest(
            "--include",
            "*.md",
            "--exclude",
            SeedFolder.NAMES.get(0),
            "--manifest",
            manifest.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("5 added, 0 updated, 0 unchanged, 0 removed, 0 failed\n", withoutTime(run.out()));
    assertEquals("cwg: warning: manifest row 'nowhere.docx' names no file\n", run.err());
    JsonNode listed =
        Json.mapper().readTree(CliRun.of("list", "--index", index, "--format", "json").out());
    List<String> names = new ArrayList<>();
    listed.forEach(doc -> names.add(Path.of(doc.get("path").asText()).getFileName().toString()));
    assertTrue(names.contains("notes.md"), names.toString());
    assertTrue(
        !names.contains("labels.json") && !names.contains(SeedFolder.NAMES.get(0)),
        names.toString());
  }
}
