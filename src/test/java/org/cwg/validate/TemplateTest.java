package org.cwg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The template table reads as ITU's templates do. */
class TemplateTest {

  private static String cover(String family, String type) {
    return String.join(
        ", ", Template.of(family, type).coverFields().stream().map(RequiredField::id).toList());
  }

  private static String sections(String family, String type) {
    return String.join(
        ", ", Template.of(family, type).sections().stream().map(RequiredSection::id).toList());
  }

  @Test
  void councilAndItuT() {
    assertEquals("source, date, title", cover("council", "contribution"));
    assertEquals("purpose|summary, action-required", sections("council", "contribution"));
    assertEquals("questions, source, title, purpose, contact", cover("itu-t", "contribution"));
    assertEquals("abstract|summary", sections("itu-t", "contribution"));
    assertEquals("source, title, purpose", cover("itu-t", "td"));
    assertEquals(
        "source, title, for-action-to|for-information-to|for-comment-to, approval," + " deadline",
        cover("itu-t", "liaison"));
  }

  @Test
  void anUnknownFamilyGetsTheRulesOfItsTypeAlone() {
    assertEquals("purpose, action-required, proposal", sections(null, "contribution"));
    assertEquals(sections(null, "contribution"), sections("other", "contribution"));
    assertEquals("purpose|summary, action-required", sections(null, "report"));
    assertEquals("", cover(null, "contribution"));
  }

  @Test
  void aTypeWithoutRowRequiresNothing() {
    assertEquals(Template.NONE, Template.of("itu-t", "report"));
    assertEquals(Template.NONE, Template.of("council", null));
    assertEquals(Template.NONE, Template.of(null, "agenda"));
  }

  @Test
  void aBrokenTableFailsLoudly() {
    IllegalArgumentException family =
        assertThrows(
            IllegalArgumentException.class, () -> Template.load("templates-unknown-family.txt"));
    assertTrue(family.getMessage().startsWith("unknown family 'itu-x'"), family.getMessage());
    IllegalStateException shortRow =
        assertThrows(IllegalStateException.class, () -> Template.load("templates-short-row.txt"));
    assertEquals(
        "templates-short-row.txt line 1: needs family, type, cover fields and sections",
        shortRow.getMessage());
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> Template.load("templates-twice.txt"));
    assertEquals("templates-twice.txt line 2: a second row for itu-t td", twice.getMessage());
  }
}
