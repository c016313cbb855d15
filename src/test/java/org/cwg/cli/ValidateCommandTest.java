package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cwg.parse.DocxFixture;
import org.cwg.render.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  /** Until structure extraction lands, metadata rules would fire on every fixture. */
  private static final String EDITING_ONLY = """
      {"rules": {"type-unknown": {"enabled": false}, "number-missing": {"enabled": false},
                 "meeting-missing": {"enabled": false}}}
      """;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void rulesForTheFolder() throws IOException {
    Files.writeString(dir.resolve(".cwg-rules.json"), EDITING_ONLY);
  }

  private int run(String... args) {
    return Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  @Test
  void warningsPassUnlessFailOnWarning() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"),
        "Purpose\n[bookmark: _Hlk1]To discuss.\n");
    assertEquals(ExitCodes.OK, run("validate", draft.toString()));
    assertEquals(draft + ": line 2: warning: 1 export artifact such as \"[bookmark: _Hlk1]\""
        + " [export-artifacts]\n1 file checked: 0 errors, 1 warning, 0 info\n", out.toString());
    assertEquals("", err.toString());
    assertEquals(ExitCodes.FINDINGS, run("validate", "--fail-on", "warning", draft.toString()));
  }

  @Test
  void trackedChangesCommentsAndHighlightsInAWordFile() throws IOException {
    DocxFixture.create().heading("Purpose").paragraph("To discuss.")
        .trackedParagraph("Kept ", "added", "gone").commentedParagraph("Four", "Check")
        .highlightedParagraph("Five ", "TODO").write(dir.resolve("edited.docx"));
    DocxFixture.create().heading("Purpose").paragraph("To discuss.")
        .write(dir.resolve("clean.docx"));
    assertEquals(ExitCodes.FINDINGS, run("validate", "--format", "json", dir.toString()));
    JsonNode report = Json.mapper().readTree(out.toString());
    assertEquals(2, report.get("files").size());
    assertEquals(dir + "/clean.docx", report.at("/files/0/path").asText());
    assertEquals(0, report.at("/files/0/findings").size());
    assertEquals("""
        [{"rule":"tracked-changes","severity":"error","message":"2 tracked changes (2 \
        insertions, deletions or moves, 0 formatting); accept or reject them",\
        "location":"paragraph 3","section":null},{"rule":"comments","severity":"warning",\
        "message":"1 comment left in the file","location":"paragraph 4","section":null},\
        {"rule":"highlighted-text","severity":"warning","message":"1 highlighted run",\
        "location":"paragraph 5","section":null}]""",
        report.at("/files/1/findings").toString());
    assertEquals("{\"error\":1,\"warning\":2,\"info\":0}", report.get("counts").toString());
  }

  @Test
  void anUnreadableFileIsAFindingNotACrash() throws IOException {
    Path broken = Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 7});
    Path fine = Files.writeString(dir.resolve("fine.txt"), "Purpose\nTo discuss.\n");
    assertEquals(ExitCodes.FINDINGS, run("validate", broken.toString(), fine.toString()));
    String text = out.toString();
    assertTrue(text.startsWith(broken + ": file: error: cannot read the file: "), text);
    assertTrue(text.endsWith(" [file-unreadable]\n2 files checked: 1 error, 0 warnings, 0 info\n"),
        text);
  }

  @Test
  void anEncryptedFileFromTheCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("cwg.corpus.dir", "../shared/corpus"), "poi");
    Path encrypted = corpus.resolve("bug53475-password-is-pass.docx");
    assumeTrue(Files.isRegularFile(encrypted), "POI corpus not found; skipped");
    Path copy = Files.copy(encrypted, dir.resolve("locked.docx"));
    assertEquals(ExitCodes.FINDINGS, run("validate", copy.toString()));
    assertEquals(copy + ": file: error: cannot read the file: encrypted (password-protected)"
        + " [file-unreadable]\n1 file checked: 1 error, 0 warnings, 0 info\n", out.toString());
  }

  @Test
  void theRulesFileIsLookedUpOrGiven() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path draft = Files.writeString(sub.resolve("draft.txt"), "Purpose\n");
    assertEquals(ExitCodes.OK, run("validate", draft.toString()));
    Path strict = Files.writeString(dir.resolve("strict.json"), "{}");
    assertEquals(ExitCodes.FINDINGS, run("validate", "--rules", strict.toString(),
        draft.toString()));
    assertTrue(out.toString().contains("[number-missing]"), out.toString());
  }

  @Test
  void aBrokenRulesFileIsAUsageError() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"), "Purpose\n");
    Path rules = Files.writeString(dir.resolve("rules.json"),
        "{\"rules\": {\"tracked-change\": {\"enabled\": false}}}");
    assertEquals(ExitCodes.USAGE, run("validate", "--rules", rules.toString(), draft.toString()));
    assertEquals("", out.toString());
    assertEquals("cwg: rules file " + rules + ": unknown rule 'tracked-change'; 'cwg validate"
        + " --list-rules' shows them all\n", err.toString());
  }

  @Test
  void usageErrors() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"), "Purpose\n");
    assertEquals(ExitCodes.USAGE, run("validate"));
    assertEquals(ExitCodes.USAGE, run("validate", "--fail-on", "info", draft.toString()));
    assertEquals(ExitCodes.USAGE, run("validate", "--format", "csv", draft.toString()));
    assertEquals(ExitCodes.USAGE, run("validate", dir.resolve("absent.docx").toString()));
    assertEquals(ExitCodes.USAGE, run("validate", "--index", dir.resolve("no-index").toString(),
        draft.toString()));
    assertEquals("", out.toString());
  }

  @Test
  void listRules() {
    assertEquals(ExitCodes.OK, run("validate", "--list-rules"));
    String[] lines = out.toString().split("\n");
    assertEquals(18, lines.length);
    assertEquals("RULE                         SEVERITY  ENABLED  MEANING", lines[0]);
    assertEquals("tracked-changes              error     yes      The file still holds tracked"
        + " changes: insertions, deletions, moves or formatting.", lines[14]);
  }

  @Test
  void listRulesUnderARulesFile() throws IOException {
    Path rules = Files.writeString(dir.resolve("rules.json"),
        "{\"rules\": {\"comments\": {\"severity\": \"error\", \"enabled\": false}}}");
    assertEquals(ExitCodes.OK, run("validate", "--list-rules", "--format", "json", "--rules",
        rules.toString()));
    JsonNode list = Json.mapper().readTree(out.toString());
    assertEquals(17, list.size());
    assertEquals("{\"rule\":\"comments\",\"severity\":\"error\",\"enabled\":false,\"meaning\":"
        + "\"The file still holds reviewers' comments.\"}", list.get(14).toString());
  }
}
