package org.cwg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cwg.model.DocumentRecord;
import org.cwg.parse.Block;
import org.cwg.parse.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

  private static final SampleSet SET = SampleSet.bundled();
  private static final Path SEEDS = Path.of("samples", "txt");

  /** Writes one seed with a hand-built record and returns its blocks, long texts cut short. */
  private static List<String> layout(int index, DocumentRecord record, Path dir) throws Exception {
    SampleEntry entry = SET.samples().get(index);
    String text = Files.readString(SEEDS.resolve(entry.seed()), StandardCharsets.UTF_8);
    Path file = dir.resolve(entry.file());
    try (OutputStream out = Files.newOutputStream(file)) {
      new ContributionDocxWriter().write(new SampleGenerator(SET).spec(entry, text, record), out);
    }
    ParsedDocument parsed = ParsedBlocks.parse(file);
    return ParsedBlocks.describe(parsed.blocks()).stream()
        .map(SampleGeneratorTest::shorten)
        .collect(Collectors.toList());
  }

  /** The description with its text cut to 40 characters. */
  private static String shorten(String line) {
    int bar = line.indexOf(" | ") + 3;
    return line.substring(0, bar) + line.substring(bar, Math.min(line.length(), bar + 40));
  }

  @Test
  void seed001HasTitleHeadingsNumberedProposalsWithBulletsAndARealFootnote(@TempDir Path dir)
      throws Exception {
    List<String> blocks = layout(1, SeedRecords.seed001(), dir);
    List<String> structure =
        blocks.stream()
            .filter(line -> !line.startsWith("0 null - BODY"))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "0 null bold TABLE | Council Working Group on International I",
            "0 null bold TABLE | Contribution from Russian Federation",
            "1 title - BODY | PROPOSAL TO DISCUSS IN CWG-INTERNET THE ",
            "1 h1 - BODY | Purpose",
            "1 h1 - BODY | Action required by the Council",
            "1 h1 - BODY | 1\tRationale for proposal",
            "1 h1 - BODY | 2\tProposal",
            "0 list_Paragraph - BODY | 1) discuss the issues related to the ITU",
            "0 list_Paragraph - BODY | · organize a broad discussion with the M",
            "0 list_Paragraph - BODY | · invite the administrations to share th",
            "0 list_Paragraph - BODY | · identify key aspects of the fragmentat",
            "0 list_Paragraph - BODY | · produce, if necessary, proposals/recom",
            "0 list_Paragraph - BODY | 2) call on Member States to share their ",
            "0 footnote_text - FOOTNOTE | The term “public core” is defined in a p"),
        structure);
    assertTrue(blocks.stream().noneMatch(line -> line.contains("[bookmark")), "bookmarks left");
    assertTrue(blocks.stream().noneMatch(line -> line.contains("[footnoteRef")), "footnoteRef");
    assertFalse(blocks.contains("0 null - BODY | "), "blank paragraphs");
  }

  @Test
  void seed003HasTopicHeadingsRunInOutcomesAndAnUnnumberedProposal(@TempDir Path dir)
      throws Exception {
    List<String> blocks = layout(3, SeedRecords.seed003(), dir);
    List<String> headings =
        blocks.stream().filter(line -> !line.startsWith("0 ")).collect(Collectors.toList());
    assertEquals(
        List.of(
            "1 h1 - BODY | Purpose",
            "1 h1 - BODY | Action required",
            "1 h1 - BODY | References",
            "1 h1 - BODY | I\tIntroduction",
            "2 h2 - BODY | Topic 1: The security, safety, continuit",
            "1 h1 - BODY | Outcome for Council",
            "2 h2 - BODY | Topic 2: Issues pertaining to the use an",
            "1 h1 - BODY | Outcome for Council",
            "2 h2 - BODY | Topic 3: Developmental aspects of the In",
            "1 h1 - BODY | Outcome for Council",
            "2 h2 - BODY | Topic 4: International Internet Connecti",
            "1 h1 - BODY | Outcome for Council",
            "1 h1 - BODY | II\tProposals"),
        headings);
    assertEquals(
        "0 null - BODY | The Russian Federation proposes to note ", blocks.get(blocks.size() - 1));
  }

  @Test
  void generatesTheSamplesFolderWithSeedsByteForByteAndItuFileNames(@TempDir Path dir)
      throws Exception {
    SampleSummary summary = new SampleGenerator(SET).generate(SEEDS, dir);

    assertEquals(13, summary.files().size());
    for (SampleEntry entry : SET.samples()) {
      assertArrayEquals(
          Files.readAllBytes(SEEDS.resolve(entry.seed())),
          Files.readAllBytes(dir.resolve("txt").resolve(entry.seed())),
          entry.seed());
    }
    Path first = dir.resolve("docx").resolve("S24-CWGINT20-C-0004!!MSW-E.docx");
    List<Block> blocks = ParsedBlocks.parse(first).blocks();
    assertEquals(
        List.of(
            "0 null bold TABLE | Council Working Group on International Internet-related Public "
                + "Policy Issues",
            "0 null bold TABLE | Document CWG-Internet-20/4-E",
            "0 null - TABLE | Twentieth meeting – Geneva, 4 October 2024",
            "0 null bold TABLE | Contribution from Russian Federation, Belarus, Tajikistan, "
                + "Uzbekistan",
            "1 title - BODY | Implementation of the Tunis Agenda for the information society and "
                + "further steps to improve Internet governance"),
        ParsedBlocks.describe(blocks.subList(0, 5)));
    try (var files = Files.list(dir.resolve("docx"))) {
      assertEquals(5, files.count());
    }
  }

  @Test
  void writesTheLanguageVersionsUnderTheOriginalsNumberWithTheirLanguagesLetter(@TempDir Path dir)
      throws Exception {
    new SampleGenerator(SET).generate(SEEDS, dir);

    for (String letter : List.of("F", "R", "S")) {
      String name = "S24-CWGINT20-C-0004!!MSW-" + letter + ".docx";
      Path made = dir.resolve("versions").resolve(name);
      List<String> cover = ParsedBlocks.describe(ParsedBlocks.parse(made).blocks().subList(0, 2));
      assertEquals("0 null bold TABLE | Document CWG-Internet-20/4-" + letter, cover.get(1));
      assertArrayEquals(
          Files.readAllBytes(Path.of("samples", "versions", name)),
          Files.readAllBytes(made),
          name + " differs from the committed sample: run mvn -Psamples process-test-classes");
    }
  }

  @Test
  void listsEachSeedsTextThenItsWordFileUnderTheFolderAsGiven(@TempDir Path dir) throws Exception {
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("fresh").resolve("s"));

    SampleSummary summary = new SampleGenerator(SET).generate(SEEDS, relative);

    Path txt = relative.resolve("txt");
    Path docx = relative.resolve("docx");
    assertEquals(
        List.of(
            txt.resolve("000_390a1167734b5728.txt").toString(),
            docx.resolve("S24-CWGINT20-C-0004!!MSW-E.docx").toString(),
            txt.resolve("001_27e60200d3c8a806.txt").toString(),
            docx.resolve("Russian-Federation-Internet-fragmentation-E.docx").toString(),
            txt.resolve("002_286d323b42f9aff4.txt").toString(),
            docx.resolve("Russian-Federation-Internet-governance-model-E.docx").toString(),
            txt.resolve("003_a40fdb2044d530c8.txt").toString(),
            docx.resolve("Russian-Federation-future-working-agenda-E.docx").toString(),
            txt.resolve("004_631d3bb824dc1921.txt").toString(),
            docx.resolve("CWG-Internet-20-meeting-report-E.docx").toString(),
            relative.resolve("versions").resolve("S24-CWGINT20-C-0004!!MSW-F.docx").toString(),
            relative.resolve("versions").resolve("S24-CWGINT20-C-0004!!MSW-R.docx").toString(),
            relative.resolve("versions").resolve("S24-CWGINT20-C-0004!!MSW-S.docx").toString()),
        summary.files());
    assertEquals(List.of(), summary.warnings());
  }

  @Test
  void refusesAMissingSeedsFolder(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SampleGenerator(SET).generate(missing, dir.resolve("s")));
    assertEquals("no seeds folder " + missing, thrown.getMessage());
  }
}
