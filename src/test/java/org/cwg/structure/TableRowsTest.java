package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.pdf;
import static org.cwg.structure.Outlines.plain;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A table's header row over its rows of figures, as plain and PDF text give them: no heading. */
class TableRowsTest {

  @Test
  void aLabelAndTwoAmountsOrMoreIsARowOfFigures() {
    assertTrue(TableRows.isRowOfFigures("Radio licences\t3 200 000\t2 950 000"));
    assertTrue(TableRows.isRowOfFigures("Training courses 410 380"));
    assertTrue(TableRows.isRowOfFigures("Share of the budget\t12.5%\t14%"));
  }

  @Test
  void yearsAloneASentenceOrAWrappedLineAreNoRowOfFigures() {
    assertFalse(TableRows.isRowOfFigures("Item\t2030\t2031"));
    assertFalse(TableRows.isRowOfFigures("The fund received CHF 300 000."));
    assertFalse(
        TableRows.isRowOfFigures(
            "The expenditure of the regional offices over the last biennium amounted to CHF 7 200"));
  }

  @Test
  void aTablesHeaderRowInPlainTextIsNoSection() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Background",
                "1 The regional offices collect fees for the services listed below.",
                "Fee collection",
                "2 The fees collected in 2031 fell short of the estimates in the budget.",
                "The table compares the planned and received fees for 2031:",
                "Service\tPlanned (CHF)\tReceived (CHF)",
                "Radio and satellite network licences\t3 200 000\t2 950 000",
                "Training courses\t410 000\t380 000",
                "The gap comes from licences paid late.",
                "Proposal",
                "The Council is invited to review the fee schedule.")),
        "introduction|1||Background",
        "other|1||Fee collection",
        "proposal|1||Proposal");
  }

  @Test
  void measuredValuesWithTheirUnitsAreFigures() {
    assertTrue(TableRows.isRowOfFigures("Peak power\t20 W\t35 W"));
    assertTrue(TableRows.isRowOfFigures("Packet loss 1,5 % 0,9 %"));
    assertTrue(TableRows.isRowOfFigures("Uplink carrier 27,5 GHz 29,1 GHz"));
    assertFalse(TableRows.isRowOfFigures("The link runs at 20 W"));
  }

  @Test
  void aHeaderRowOverMeasuredValuesIsNoSection() {
    String[] lines = {
      "1\tBackground",
      "The tests measured two ground stations over six months.",
      "2\tResults",
      "Item\tNorth\tSouth",
      "Peak transmit power\t20 W\t35 W",
      "Packet loss over the month\t1,5 %\t0,9 %",
      "3\tProposal",
      "The meeting is invited to note the results."
    };
    String[] outline = {
      "introduction|1|1|Background", "other|1|2|Results", "proposal|1|3|Proposal"
    };
    assertOutline(plain(String.join("\n", lines)), outline);
    assertOutline(
        pdf(Stream.of(lines).map(line -> body(line.replace('\t', ' '))).toList()), outline);
  }

  @Test
  void aHeaderRowOverCellsOfWordsInPlainTextIsNoSection() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "1\tBackground",
                "The terminal is carried by two people and set up in an hour.",
                "Characteristic\tSetting",
                "Uplink band\tKa-band or X-band",
                "Power supply\tsolar panels and a battery",
                "2\tProposal",
                "The meeting is invited to note the characteristics.")),
        "introduction|1|1|Background",
        "proposal|1|2|Proposal");
  }

  @Test
  void aRowWhoseFirstCellReadsAsANumberIsNoHeading() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Background",
                "The three test orbits give the following gaps.",
                "Orbit\tStep (s)\tGap (dB)",
                "A\t2\t0,4",
                "B\t1\t0,7",
                "C\t0,5\t1,1",
                "Proposal",
                "The meeting is invited to revise the step.")),
        "introduction|1||Background",
        "proposal|1||Proposal");
  }

  @Test
  void aHeaderRowOverNumberedRowsInPlainTextIsNoSection() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "Background",
                "The session will take up the following items.",
                "Item\t\tPaper",
                "1\tWelcome and opening",
                "2\tApproval of the order of business\tPaper 4/1",
                "3\tClosing of the session",
                "Proposal",
                "The meeting is invited to approve the order of business.")),
        "introduction|1||Background",
        "proposal|1||Proposal");
  }

  @Test
  void aLetteredRowUnderAHeaderRowIsNoHeading() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "1\tBackground",
                "Two options are open.",
                "Option\tMeaning",
                "A\tKeep the text as it stands",
                "B\tRevise the second table",
                "2\tProposal",
                "The meeting is invited to choose an option.")),
        "introduction|1|1|Background",
        "proposal|1|2|Proposal");
  }

  @Test
  void numberedRowsOfThreeCellsOrMoreAreNoHeadings() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "1\tBackground",
                "The group reviewed its topics as follows.",
                "Part\tTopic\tTitle\tAction",
                "1\t12/4\tFading on long paths\tDeletion",
                "1\t14/4\tRain on short paths\tKept",
                "2\t15-2/4\tClutter loss data\tUpdate",
                "2\tProposal",
                "The meeting is invited to note the review.")),
        "introduction|1|1|Background",
        "proposal|1|2|Proposal");
  }
}
