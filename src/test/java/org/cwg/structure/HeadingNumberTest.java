package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A heading's number, told from a figure whose thousands a space sets apart. */
class HeadingNumberTest {

  @Test
  void aFigureWithSpacedThousandsOpensWithNoNumber() {
    assertTrue(HeadingNumber.parse("3 400-3 600 MHz band").isEmpty());
    assertTrue(HeadingNumber.parse("1 200\tTDD").isEmpty());
  }

  @Test
  void anInitialAndASurnameInCapitalsIsASignedName() {
    assertTrue(HeadingNumber.parse("J. MARTINEZ").isEmpty());
    assertTrue(HeadingNumber.parse("P. DUBOIS-LEROY").isEmpty());
    assertEquals("B", HeadingNumber.parse("B. BACKGROUND").get(0).printed());
    assertEquals("C", HeadingNumber.parse("C. Tariffs").get(0).printed());
  }

  @Test
  void aNumberBeforeItsTitleIsStillANumber() {
    assertEquals("3", HeadingNumber.parse("3 Conclusions").get(0).printed());
    assertEquals("2", HeadingNumber.parse("2\t500 MHz trials").get(0).printed());
  }

  @Test
  void rowsOpeningWithSpacedFiguresMakeNoListWithTheHeadingAfterThem() {
    String text =
        """
        1\tIntroduction
        The bands below were studied in detail by the group.
        2\tBands
        The table lists the bands studied.
        Band (MHz)\tMode\tSource
        1 710-1 785\tFDD\tStudy A
        2 300-2 400\tTDD\tStudy B
        3\tConclusion
        The group is invited to note these bands.
        """;
    assertOutline(
        plain(text),
        "introduction|1|1|Introduction",
        "other|1|2|Bands",
        "conclusion|1|3|Conclusion");
  }
}
