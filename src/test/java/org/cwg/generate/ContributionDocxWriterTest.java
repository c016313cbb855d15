package org.cwg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cwg.generate.DocxParagraph.FootnoteCall;
import org.cwg.generate.DocxParagraph.Heading;
import org.cwg.generate.DocxParagraph.ListItem;
import org.cwg.generate.DocxParagraph.RunInHeading;
import org.cwg.generate.DocxParagraph.Text;
import org.cwg.generate.DocxParagraph.WordList;
import org.cwg.parse.Block;
import org.cwg.parse.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContributionDocxWriterTest {

  private static final WordList PAREN = new WordList(1, "%1)");
  private static final WordList DOT = new WordList(2, "%1.");

  private static DocxSpec spec() {
    return new DocxSpec(
        new CoverSpec(
            "Council Working Group on International Internet-related Public Policy " + "Issues",
            "Twentieth meeting – Geneva, 4 October 2024",
            "Document CWG-Internet-20/4-E",
            null,
            "Contribution from Russian Federation"),
        "A title",
        List.of(
            new Heading(1, "Purpose"),
            new Text("Why we write."),
            new Heading(1, "1\tRationale"),
            new Text(
                "See the public core; it matters.",
                List.of(new FootnoteCall(19, "The term is defined elsewhere."))),
            new Heading(2, "1.1\tDetail"),
            new Heading(3, "1.1.1\tFiner"),
            new RunInHeading("Outcome for Council"),
            new Text("Therefore, act."),
            new Heading(1, "II\tProposals"),
            new ListItem(PAREN, 0, "first item"),
            new ListItem(PAREN, 1, "a bullet"),
            new ListItem(PAREN, 0, "second item"),
            new ListItem(DOT, 0, "another list")),
        "en",
        "2024-09-20");
  }

  @Test
  void tikaReadsBackCoverHeadingsRunInsListsAndFootnotes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("S24-CWGINT20-C-0004!!MSW-E.docx");
    try (var out = Files.newOutputStream(file)) {
      new ContributionDocxWriter().write(spec(), out);
    }
    ParsedDocument parsed = ParsedBlocks.parse(file);

    assertEquals(
        List.of(
            "0 null bold TABLE | Council Working Group on International Internet-related Public "
                + "Policy Issues",
            "0 null bold TABLE | Document CWG-Internet-20/4-E",
            "0 null - TABLE | Twentieth meeting – Geneva, 4 October 2024",
            "0 null bold TABLE | Contribution from Russian Federation",
            "1 title - BODY | A title",
            "1 h1 - BODY | Purpose",
            "0 null - BODY | Why we write.",
            "1 h1 - BODY | 1\tRationale",
            "0 null - BODY | See the public core[1]; it matters.",
            "2 h2 - BODY | 1.1\tDetail",
            "3 h3 - BODY | 1.1.1\tFiner",
            // Tika turns every style whose name starts with "Heading" into <hN>, ITU's run-in
            // "Headingb" included, and reports no bold that only the style gives: a reader sees a
            // level-1 heading, as it does in ITU's own documents.
            "1 h1 - BODY | Outcome for Council",
            "0 null - BODY | Therefore, act.",
            "1 h1 - BODY | II\tProposals",
            "0 list_Paragraph - BODY | 1) first item",
            "0 list_Paragraph - BODY | · a bullet",
            "0 list_Paragraph - BODY | 2) second item",
            "0 list_Paragraph - BODY | 1. another list",
            "0 footnote_text - FOOTNOTE | The term is defined elsewhere."),
        ParsedBlocks.describe(parsed.blocks()));
    assertEquals(
        List.of("1) first item", "· a bullet", "2) second item", "1. another list"),
        parsed.blocks().stream().filter(Block::listItem).map(Block::text).toList());
    assertEquals("A title", parsed.properties().get("dc:title"));
    assertEquals("ITU", parsed.properties().get("dc:creator"));
    assertEquals("en", parsed.properties().get("dc:language"));
    assertEquals("2024-09-20T00:00:00Z", parsed.properties().get("dcterms:created"));
  }

  @Test
  void sameSpecGivesSameBytesWhenEverItIsWritten() throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    new ContributionDocxWriter().write(spec(), first);
    new ContributionDocxWriter().write(spec(), second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
    // Same bytes within one clock tick prove little: no entry may carry the time of writing.
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.toByteArray()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
      }
    }
  }
}
