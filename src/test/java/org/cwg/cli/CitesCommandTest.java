package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cwg cites} and {@code cwg refs} in-process over an index of the five seeds. */
class CitesCommandTest {

  @TempDir static Path root;
  static Path index;

  /** Exit code, stdout and stderr of one run, with the temporary folder written as TMP. */
  record Run(int code, String out, String err) {}

  @BeforeAll
  static void buildIndex() throws IOException {
    index = SeedIndex.build(root);
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--index");
    all.add(2, index.toString());
    int code =
        Main.newCommandLine(new PrintWriter(out), new PrintWriter(err))
            .execute(all.toArray(String[]::new));
    String tmp = root.toString();
    return new Run(code, out.toString().replace(tmp, "TMP"), err.toString().replace(tmp, "TMP"));
  }

  private static void assertGolden(String name, String... args) throws IOException {
    Run run = run(args);
    assertEquals("", run.err());
    assertEquals(0, run.code());
    Golden.assertMatches("cli/cites/" + name, run.out());
  }

  @Test
  void listsEveryCitedResolution() throws IOException {
    assertGolden("all.txt", "cites");
  }

  @Test
  void listsEveryCitedResolutionAsJson() throws IOException {
    assertGolden("all.json", "cites", "--format", "json");
  }

  @Test
  void showsTheDocumentsCitingOneResolution() throws IOException {
    assertGolden("1305.txt", "cites", "1305");
  }

  @Test
  void showsTheDocumentsCitingOneResolutionAsJson() throws IOException {
    assertGolden("pp102.json", "cites", "PP 102", "--format", "json");
  }

  @Test
  void writesOneCsvRowPerMention() throws IOException {
    assertGolden("pp101.csv", "cites", "Res 101", "--format", "csv");
  }

  @Test
  void filtersByMeeting() throws IOException {
    assertGolden("meeting-21.txt", "cites", "--meeting", "21");
  }

  @Test
  void drawsTheMatrix() throws IOException {
    assertGolden("matrix.txt", "cites", "--matrix", "--meeting", "20-22");
  }

  @Test
  void drawsTheGraphForGraphviz() throws IOException {
    assertGolden("graph.dot", "cites", "--format", "dot");
  }

  @Test
  void listsReferencesBothWays() throws IOException {
    assertGolden("refs-20-4.txt", "refs", "CWG-Internet-20/4");
  }

  @Test
  void listsTheReferencesOfAReport() throws IOException {
    assertGolden("refs-report.txt", "refs", "004");
  }

  @Test
  void listsTheReferencesOfAReportAsCsv() throws IOException {
    assertGolden("refs-report.csv", "refs", "004", "--format", "csv");
  }

  @Test
  void listsReferencesAsJson() throws IOException {
    assertGolden("refs-20-4.json", "refs", "cwg-internet-20/04", "--format", "json");
  }

  @Test
  void rejectsWhatIsNotAResolution() {
    Run run = run("cites", "Decision 11");
    assertEquals(2, run.code());
    assertEquals("", run.out());
    assertEquals(
        "cwg: 'Decision 11' is not a resolution; write it as 1305, \"Council 1305\", "
            + "\"PP 102\" or \"WTSA 75\"\n",
        run.err());
  }

  @Test
  void rejectsABadMeeting() {
    Run run = run("cites", "--meeting", "twenty");
    assertEquals(2, run.code());
    assertEquals(
        "cwg: --meeting 'twenty': expected a meeting number such as 20"
            + " or a range such as 18-22\n",
        run.err());
  }

  @Test
  void rejectsAnUnknownDocument() {
    Run run = run("refs", "CWG-Internet-99/1");
    assertEquals(2, run.code());
    assertEquals("cwg: no document 'CWG-Internet-99/1' in the index\n", run.err());
  }

  @Test
  void rejectsDotForRefs() {
    Run run = run("refs", "CWG-Internet-20/4", "--format", "dot");
    assertEquals(2, run.code());
  }
}
