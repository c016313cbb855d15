package org.cwg.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.cwg.parse.DocxFixture;
import org.cwg.parse.ParserLimits;
import org.cwg.structure.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ITU-T templates put the cover's values in content controls, and older ones float the number in a
 * text box: both must read like plain cells.
 */
class WordCoverControlsTest {

  @Test
  void contentControlsAndATextBoxReadLikeCells(@TempDir Path dir) throws Exception {
    Path file =
        DocxFixture.create()
            .raw(
                "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>"
                    + "SG17-C110</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
                    + "</w:p>")
            .raw(
                "<w:tbl>"
                    + row(cell("INTERNATIONAL TELECOMMUNICATION UNION"), cell("Original: English"))
                    + row(cell("TELECOMMUNICATION STANDARDIZATION SECTOR"), cell("STUDY GROUP 17"))
                    + row(cell("STUDY PERIOD 2025-2028"), cell(""))
                    + row(cell("Question(s):"), control("4/17"))
                    + row(cell("Geneva, 8-17 April 2026"), cell(""))
                    + row(cell("CONTRIBUTION"), cell(""))
                    + row(cell("Source:"), control("Japan"))
                    + row(
                        cell("Title:"), control("Security requirements for AI agents in networks"))
                    + row(cell("Purpose:"), control("Proposal"))
                    + "</w:tbl>")
            .raw(
                "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>1 Introduction"
                    + "</w:t></w:r></w:p>")
            .paragraph("This contribution proposes a new work item on the security of AI agents.")
            .write(dir.resolve("contribution.docx"));
    try (DocumentAnalyzer analyzer =
        new DocumentAnalyzer(ParserLimits.defaults(), Manifest.none())) {
      Metadata metadata = analyzer.analyze(file).metadata();
      assertEquals("SG17-C110", metadata.number());
      assertEquals("itu-t", metadata.family());
      assertEquals(List.of("4/17"), metadata.questions());
      assertEquals(List.of("Japan"), metadata.sources());
      assertEquals("Security requirements for AI agents in networks", metadata.title());
      assertEquals("Proposal", metadata.purpose());
    }
  }

  private static String row(String... cells) {
    return "<w:tr>" + String.join("", cells) + "</w:tr>";
  }

  private static String cell(String text) {
    return "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p></w:tc>";
  }

  /** A cell whose value sits in a content control, as ITU-T's template has it. */
  private static String control(String text) {
    return "<w:tc><w:sdt><w:sdtPr><w:alias w:val=\"Value\"/></w:sdtPr><w:sdtContent><w:p><w:r>"
        + "<w:t xml:space=\"preserve\">"
        + text
        + "</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        + "</w:tc>";
  }
}
