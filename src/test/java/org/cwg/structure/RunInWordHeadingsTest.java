package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.heading;
import static org.cwg.structure.Outlines.word;

import java.util.ArrayList;
import java.util.List;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;

/**
 * A run-in word ("Discussion", "Summary") that Word reports at level 1: ITU's Headingb label inside
 * a numbered clause, or a Heading 1 of its own among a contribution's unnumbered sections.
 */
class RunInWordHeadingsTest {

  @Test
  void aRunInWordAmongUnnumberedHeadingOneSectionsIsOneOfThem() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("Introduction", 1));
    blocks.add(body("The Group asked its members how testing should be paid for."));
    blocks.add(heading("Discussion", 1));
    blocks.add(body("Several members would share the cost among the projects that use the tests."));
    blocks.add(heading("Proposal", 1));
    blocks.add(body("The Group is invited to set up a common fund."));
    assertOutline(
        word(blocks),
        "introduction|1||Introduction",
        "discussion|1||Discussion",
        "proposal|1||Proposal");
  }

  @Test
  void aRunInWordAfterAParagraphOfANumberedClauseStaysALabel() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(heading("1\tIntroduction", 1));
    blocks.add(body("The Group asked its members how testing should be paid for."));
    blocks.add(heading("2\tContributions", 1));
    blocks.add(body("2.1\tDocument 7 proposes a common fund for testing."));
    blocks.add(heading("Discussion", 1));
    blocks.add(body("Several members supported the fund."));
    assertOutline(word(blocks), "introduction|1|1|Introduction", "other|1|2|Contributions");
  }
}
