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
import java.util.List;
import org.cwg.json.Json;
import org.cwg.parse.DocxFixture;
import org.cwg.validate.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  /** Until structure extraction lands, metadata rules would fire on every fixture. */
  private static final String EDITING_ONLY =
      """
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
    Path draft =
        Files.writeString(dir.resolve("draft.txt"), "Purpose\n[bookmark: _Hlk1]To discuss.\n");
    assertEquals(ExitCodes.OK, run("validate", draft.toString()));
    assertEquals(
        draft
            + ": line 2: warning: 1 export artifact such as \"[bookmark: _Hlk1]\""
            + " [export-artifacts]\n1 file checked: 0 errors, 1 warning, 0 info\n",
        out.toString());
    assertEquals("", err.toString());
    assertEquals(ExitCodes.FINDINGS, run("validate", "--fail-on", "warning", draft.toString()));
  }

  @Test
  void trackedChangesCommentsAndHighlightsInAWordFile() throws IOException {
    DocxFixture.create()
        .heading("Purpose")
        .paragraph("To discuss.")
        .trackedParagraph("Kept ", "added", "gone")
        .commentedParagraph("Four", "Check")
        .highlightedParagraph("Five ", "TODO")
        .write(dir.resolve("edited.docx"));
    DocxFixture.create()
        .heading("Purpose")
        .paragraph("To discuss.")
        .write(dir.resolve("clean.docx"));
    assertEquals(ExitCodes.FINDINGS, run("validate", "--format", "json", dir.toString()));
    JsonNode report = Json.mapper().readTree(out.toString());
    assertEquals(2, report.get("files").size());
    assertEquals(dir + "/clean.docx", report.at("/files/0/path").asText());
    assertEquals(0, report.at("/files/0/findings").size());
    assertEquals(
        """
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
    assertTrue(
        text.endsWith(" [file-unreadable]\n2 files checked: 1 error, 0 warnings, 0 info\n"), text);
  }

  @Test
  void anEncryptedFileFromTheCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("cwg.corpus.dir", "../shared/corpus"), "poi");
    Path encrypted = corpus.resolve("bug53475-password-is-pass.docx");
    assumeTrue(Files.isRegularFile(encrypted), "POI corpus not found; skipped");
    Path copy = Files.copy(encrypted, dir.resolve("locked.docx"));
    assertEquals(ExitCodes.FINDINGS, run("validate", copy.toString()));
    assertEquals(
        copy
            + ": file: error: cannot read the file: encrypted (password-protected)"
            + " [file-unreadable]\n1 file checked: 1 error, 0 warnings, 0 info\n",
        out.toString());
  }

  @Test
  void theRulesFileIsLookedUpOrGiven() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path draft = Files.writeString(sub.resolve("draft.txt"), "Purpose\n");
    assertEquals(ExitCodes.OK, run("validate", draft.toString()));
    Path strict = Files.writeString(dir.resolve("strict.json"), "{}");
    assertEquals(
        ExitCodes.FINDINGS, run("validate", "--rules", strict.toString(), draft.toString()));
    assertTrue(out.toString().contains("[number-missing]"), out.toString());
  }

  @Test
  void aBrokenRulesFileIsAUsageError() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"), "Purpose\n");
    Path rules =
        Files.writeString(
            dir.resolve("rules.json"), "{\"rules\": {\"tracked-change\": {\"enabled\": false}}}");
    assertEquals(ExitCodes.USAGE, run("validate", "--rules", rules.toString(), draft.toString()));
    assertEquals("", out.toString());
    assertEquals(
        "cwg: rules file "
            + rules
            + ": unknown rule 'tracked-change'; 'cwg validate"
            + " --list-rules' shows them all\n",
        err.toString());
  }

  @Test
  void usageErrors() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"), "Purpose\n");
    assertEquals(ExitCodes.USAGE, run("validate"));
    assertEquals(ExitCodes.USAGE, run("validate", "--fail-on", "info", draft.toString()));
    assertEquals(ExitCodes.USAGE, run("validate", "--format", "csv", draft.toString()));
    assertEquals(ExitCodes.USAGE, run("validate", dir.resolve("absent.docx").toString()));
    assertEquals(
        ExitCodes.USAGE,
        run("validate", "--index", dir.resolve("no-index").toString(), draft.toString()));
    assertEquals("", out.toString());
  }

  @Test
  void typeAndFamilyCheckADraftWhoseCoverIsNotWritten() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"), "Purpose\nTo discuss.\n");
    assertEquals(ExitCodes.OK, run("validate", draft.toString()));
    assertEquals("1 file checked: 0 errors, 0 warnings, 0 info\n", out.toString());
    out.getBuffer().setLength(0);
    assertEquals(
        ExitCodes.FINDINGS,
        run("validate", "--type", "contribution", "--family", "council", draft.toString()));
    assertEquals(
        draft
            + ": document: error: no cover: no source, date or title found, which a"
            + " Council contribution needs [cover-missing]\n"
            + draft
            + ": document: error: no action-required section, which a Council contribution"
            + " needs [section-missing]\n"
            + "1 file checked: 2 errors, 0 warnings, 0 info\n",
        out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void theRulesFileDeclaresTypeAndFamilyAndTheCommandLineWins() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(
        sub.resolve(".cwg-rules.json"),
        EDITING_ONLY.replace(
            "{\"rules\"", "{\"type\": \"contribution\", \"family\": \"council\", \"rules\""));
    Path draft = Files.writeString(sub.resolve("draft.txt"), "Purpose\nTo discuss.\n");
    assertEquals(ExitCodes.FINDINGS, run("validate", "--format", "json", draft.toString()));
    JsonNode report = Json.mapper().readTree(out.toString());
    assertEquals("contribution", report.at("/files/0/type").asText());
    assertEquals("cover-missing", report.at("/files/0/findings/0/rule").asText());
    assertEquals("section-missing", report.at("/files/0/findings/1/rule").asText());
    out.getBuffer().setLength(0);
    assertEquals(ExitCodes.FINDINGS, run("validate", "--type", "report", draft.toString()));
    assertEquals(
        draft
            + ": document: error: no action-required section, which a Council"
            + " report needs [section-missing]\n1 file checked: 1 error, 0 warnings, 0 info\n",
        out.toString());
  }

  @Test
  void anUnknownTypeOrFamilyIsAUsageError() throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"), "Purpose\n");
    assertEquals(ExitCodes.USAGE, run("validate", "--family", "councl", draft.toString()));
    assertEquals(
        "cwg: unknown family 'councl'; use one of council, itu-t, itu-r, itu-d,"
            + " conference, other\n",
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(ExitCodes.USAGE, run("validate", "--type", "contrib", draft.toString()));
    assertEquals(
        "cwg: unknown type 'contrib'; use one of contribution, report, td, liaison,"
            + " recommendation, resolution, agenda, information, note, summary, other\n",
        err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void aRevisionCoverAgreesWithItsFileName() throws IOException {
    String cover =
        "Council Working Group on International Internet-related Public Policy"
            + " Issues\tRevision 1 to\n\tDocument CWG-Internet-20/4-E\n\t12 May 2025\n"
            + "\tEnglish only\nContribution from the Russian Federation\nA TITLE\nPurpose\n"
            + "To discuss.\nAction required\nNote it.\n1\tProposal\nDo it.\n";
    Path revised = Files.writeString(dir.resolve("S25-CWGINT20-C-0004!R1!MSW-E.txt"), cover);
    assertEquals(ExitCodes.OK, run("validate", revised.toString()));
    assertEquals("1 file checked: 0 errors, 0 warnings, 0 info\n", out.toString());
    out.getBuffer().setLength(0);
    Path original = Files.writeString(dir.resolve("S25-CWGINT20-C-0004!!MSW-E.txt"), cover);
    assertEquals(ExitCodes.FINDINGS, run("validate", original.toString()));
    assertEquals(
        original
            + ": file name: error: the file name gives no revision but the cover"
            + " says Rev.1 to CWG-Internet-20/4 [revision-mismatch]\n"
            + "1 file checked: 1 error, 0 warnings, 0 info\n",
        out.toString());
  }

  @Test
  void aRenamedDraftWithoutCoverInEveryFormat() throws IOException {
    Path draft =
        Files.writeString(
            dir.resolve("S25-CWGINT20-C-0004!!MSW-E.txt"),
            "Purpose\nTo discuss.\nAction required\nNote it.\nProposal\nDo it.\n");
    assertEquals(ExitCodes.FINDINGS, run("validate", draft.toString()));
    assertEquals(
        draft
            + ": document: error: no cover: no source, date or title found, though"
            + " the file name makes it CWG-Internet-20/4 [cover-missing]\n"
            + "1 file checked: 1 error, 0 warnings, 0 info\n",
        out.toString());
    out.getBuffer().setLength(0);
    run("validate", "--format", "json", draft.toString());
    assertEquals(
        "cover-missing",
        Json.mapper().readTree(out.toString()).at("/files/0/findings/0/rule").asText());
    out.getBuffer().setLength(0);
    run("validate", "--format", "sarif", draft.toString());
    JsonNode sarif = Json.mapper().readTree(out.toString());
    assertEquals("cover-missing", sarif.at("/runs/0/results/0/ruleId").asText());
    int index = sarif.at("/runs/0/results/0/ruleIndex").asInt();
    assertEquals("cover-missing", sarif.at("/runs/0/tool/driver/rules/" + index + "/id").asText());
    assertEquals(Rule.values().length, sarif.at("/runs/0/tool/driver/rules").size());
    out.getBuffer().setLength(0);
    run("validate", "--format", "junit", draft.toString());
    assertTrue(out.toString().contains("cover-missing"), out.toString());
  }

  @Test
  void aRealFocusGroupCoverCheckedAsItuT() throws IOException {
    Path corpus = Path.of(System.getProperty("cwg.corpus.dir", "../shared/corpus"), "itu");
    Path draft = corpus.resolve("FG-AI4SSC-I-XXX.docx");
    assumeTrue(Files.isRegularFile(draft), "ITU corpus not found; skipped");
    Path copy = Files.copy(draft, dir.resolve("FG-AI4SSC-I-XXX.docx"));
    run(
        "validate",
        "--family",
        "itu-t",
        "--type",
        "contribution",
        "--format",
        "json",
        copy.toString());
    List<String> findings = new java.util.ArrayList<>();
    for (JsonNode finding : Json.mapper().readTree(out.toString()).at("/files/0/findings")) {
      findings.add(finding.get("rule").asText() + ": " + finding.get("message").asText());
    }
    // Its cover table has Question(s)/WG(s), Source, Title, Contact and an Abstract, but no
    // Purpose row, and its number is a placeholder.
    assertTrue(
        findings.stream()
            .anyMatch(f -> f.startsWith("number-placeholder: ") && f.endsWith("FG-AI4SSC-I-XXX")),
        findings.toString());
    assertTrue(
        findings.contains(
            "cover-field-missing: no \"Purpose\" on the cover, which an"
                + " ITU-T contribution needs"),
        findings.toString());
    assertEquals(
        2,
        findings.stream()
            .filter(
                f ->
                    f.startsWith("cover-")
                        || f.startsWith("section-missing")
                        || f.startsWith("number-"))
            .count(),
        findings.toString());
  }

  @Test
  void listRules() {
    assertEquals(ExitCodes.OK, run("validate", "--list-rules"));
    List<String> lines = List.of(out.toString().split("\n"));
    assertEquals(Rule.values().length + 1, lines.size());
    assertEquals("RULE                         SEVERITY  ENABLED  MEANING", lines.get(0));
    assertTrue(
        lines.contains(
            "tracked-changes              error     yes      The file still"
                + " holds tracked changes: insertions, deletions, moves or formatting."),
        out.toString());
    for (String id :
        List.of(
            "number-placeholder",
            "revision-mismatch",
            "cover-missing",
            "cover-field-missing",
            "contact-without-email",
            "citation-outdated-revision",
            "citation-unknown-resolution")) {
      assertTrue(lines.stream().anyMatch(line -> line.startsWith(id + " ")), id);
    }
  }

  @Test
  void listRulesUnderARulesFile() throws IOException {
    Path rules =
        Files.writeString(
            dir.resolve("rules.json"),
            "{\"rules\": {\"comments\": {\"severity\": \"error\", \"enabled\": false}}}");
    assertEquals(
        ExitCodes.OK,
        run("validate", "--list-rules", "--format", "json", "--rules", rules.toString()));
    JsonNode list = Json.mapper().readTree(out.toString());
    assertEquals(Rule.values().length, list.size());
    assertEquals(
        "{\"rule\":\"comments\",\"severity\":\"error\",\"enabled\":false,\"meaning\":"
            + "\"The file still holds reviewers' comments.\"}",
        list.get(Rule.COMMENTS.ordinal()).toString());
  }
}
