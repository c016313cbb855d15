package org.cwg.structure;

import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.cell;
import static org.cwg.structure.Outlines.heading;
import static org.cwg.structure.Outlines.styled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cwg.model.Metadata;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/**
 * A table of contents that Word marks as such (its TOC styles, or the TOC field's code left in the
 * text) may come right under a cover and before the first heading: its entries are never a cover
 * value, not even the clause number that opens the first one.
 */
class WordContentsUnderCoverTest {

  private static List<Block> cover(String title) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(cell("Council Working Group on Testing"));
    blocks.add(cell("Ninth meeting – Geneva, 4 May 2031"));
    blocks.add(cell("Document CWG-TEST-9/4-E"));
    blocks.add(cell("12 May 2031"));
    blocks.add(cell("Original: English"));
    blocks.add(cell("Chair of the Working Group"));
    blocks.add(cell(title));
    return blocks;
  }

  private static List<Block> withSections(List<Block> blocks) {
    blocks.add(heading("1\tOpening", 1));
    blocks.add(
        body("The Chair opened the meeting and welcomed the participants from all regions."));
    blocks.add(heading("2\tResults", 1));
    blocks.add(body("The group agreed on the work plan for the coming year and on its methods."));
    return blocks;
  }

  private static Metadata metadata(List<Block> blocks) {
    return new StructureExtractor(Manifest.none())
        .extract(Outlines.word(blocks), Path.of("document.docx"))
        .metadata();
  }

  @Test
  void theFirstEntryInATocStyleDoesNotEndATitleOnAWordThatTakesANumber() {
    List<Block> blocks = cover("REPORT OF THE CHAIR ON THE NINTH MEETING OF THE GROUP");
    blocks.add(styled("\t1\tOpening\t1", "toc_1"));
    blocks.add(styled("\t2\tResults\t2", "toc_1"));
    assertEquals(
        "REPORT OF THE CHAIR ON THE NINTH MEETING OF THE GROUP",
        metadata(withSections(blocks)).title());
  }

  @Test
  void anEntryHoldingTheTocFieldsCodeIsNoCoverValue() {
    List<Block> blocks = cover("PROPOSALS ON THE WORK OF THE STUDY GROUP");
    blocks.add(body("\t1\tOpening\tPAGEREF _Toc482913 \\h 1"));
    blocks.add(body("\t2\tResults\tPAGEREF _Toc482914 \\h 2"));
    assertEquals(
        "PROPOSALS ON THE WORK OF THE STUDY GROUP", metadata(withSections(blocks)).title());
  }
}
