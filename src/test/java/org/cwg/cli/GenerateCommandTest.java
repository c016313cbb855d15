package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cwg.render.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
  }

  @Test
  void corpusWritesDocumentsAndTruthBesideTheFolder(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    int code =
        run(
            "generate",
            "corpus",
            "--docs",
            "6",
            "--meetings",
            "2",
            "--seed",
            "3",
            "--format",
            "json",
            corpus.toString());

    assertEquals(ExitCodes.OK, code, err.toString());
    assertEquals("", err.toString());
    JsonNode summary = Json.mapper().readTree(out.toString());
    assertEquals(6, summary.get("documents").asInt());
    assertEquals(4, summary.get("contributions").asInt());
    assertEquals(2, summary.get("reports").asInt());
    assertEquals(3, summary.get("seed").asLong());
    assertEquals(dir.resolve("corpus-truth.jsonl").toString(), summary.get("truth").asText());
    assertEquals(6, Files.readAllLines(dir.resolve("corpus-truth.jsonl")).size());
    try (var files = Files.list(corpus)) {
      assertEquals(
          List.of(
              "S11-CWGINT1-C-0001!!MSW-E.docx",
              "S11-CWGINT1-C-0002!!MSW-E.docx",
              "S11-CWGINT1-C-0003!!MSW-E.docx",
              "S11-CWGINT2-C-0001!!MSW-E.docx",
              "S11-CWGINT2-C-0002!!MSW-E.docx",
              "S11-CWGINT2-C-0003!!MSW-E.docx"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void corpusTextSummaryIsOneLine(@TempDir Path dir) {
    Path truth = dir.resolve("elsewhere").resolve("t.jsonl");
    int code =
        run(
            "generate",
            "corpus",
            "--docs",
            "4",
            "--meetings",
            "2",
            "--truth",
            truth.toString(),
            dir.resolve("c").toString());

    assertEquals(ExitCodes.OK, code, err.toString());
    String line = out.toString();
    assertTrue(
        line.matches(
            "4 documents \\(2 contributions, 2 reports\\) over 2 meetings, "
                + "0\\.\\d MB in \\S+; truth in \\S+t\\.jsonl \\(\\d+\\.\\d s\\)\\R"),
        line);
    assertTrue(Files.exists(truth));
  }

  @Test
  void tooFewDocumentsForTheMeetingsIsAUsageError(@TempDir Path dir) {
    int code =
        run("generate", "corpus", "--docs", "3", "--meetings", "2", dir.resolve("c").toString());

    assertEquals(ExitCodes.USAGE, code);
    assertEquals("", out.toString());
    assertEquals(
        "cwg: --docs must be at least twice --meetings: every meeting needs a "
            + "contribution and a report"
            + System.lineSeparator(),
        err.toString());
  }

  @Test
  void samplesWritesTxtAndDocxAndListsThem(@TempDir Path dir) {
    Path target = dir.resolve("samples");
    int code = run("generate", "samples", "--seeds", "samples/txt", "--out", target.toString());

    assertEquals(ExitCodes.OK, code, err.toString());
    String t = target.resolve("txt").toString() + "/";
    String d = target.resolve("docx").toString() + "/";
    assertEquals(
        String.join(
                System.lineSeparator(),
                t + "000_390a1167734b5728.txt",
                d + "S24-CWGINT20-C-0004!!MSW-E.docx",
                t + "001_27e60200d3c8a806.txt",
                d + "Russian-Federation-Internet-fragmentation-E.docx",
                t + "002_286d323b42f9aff4.txt",
                d + "Russian-Federation-Internet-governance-model-E.docx",
                t + "003_a40fdb2044d530c8.txt",
                d + "Russian-Federation-future-working-agenda-E.docx",
                t + "004_631d3bb824dc1921.txt",
                d + "CWG-Internet-20-meeting-report-E.docx")
            + System.lineSeparator(),
        out.toString());
  }

  @Test
  void samplesListsFilesUnderTheFolderAsGiven(@TempDir Path dir) throws Exception {
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("fresh").resolve("s"));
    int code =
        run(
            "generate",
            "samples",
            "--seeds",
            "samples/txt",
            "--out",
            relative.toString(),
            "--format",
            "json");

    assertEquals(ExitCodes.OK, code, err.toString());
    JsonNode files = Json.mapper().readTree(out.toString()).get("files");
    assertEquals(
        relative.resolve("txt").resolve("000_390a1167734b5728.txt").toString(),
        files.get(0).asText());
    assertEquals(
        relative.resolve("docx").resolve("S24-CWGINT20-C-0004!!MSW-E.docx").toString(),
        files.get(1).asText());
  }

  @Test
  void samplesFromAMissingFolderIsAUsageError(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    int code =
        run(
            "generate",
            "samples",
            "--seeds",
            missing.toString(),
            "--out",
            dir.resolve("s").toString());

    assertEquals(ExitCodes.USAGE, code);
    assertEquals("cwg: no seeds folder " + missing + System.lineSeparator(), err.toString());
  }

  @Test
  void generateAloneAsksForASubcommand() {
    assertEquals(ExitCodes.USAGE, run("generate"));
    assertTrue(
        err.toString().contains("cwg: a subcommand is needed: samples or corpus"), err.toString());
  }
}
