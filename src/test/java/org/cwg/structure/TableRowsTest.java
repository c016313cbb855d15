package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
