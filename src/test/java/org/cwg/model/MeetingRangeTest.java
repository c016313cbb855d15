package org.cwg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeetingRangeTest {

  @Test
  void parsesOneMeetingAndRanges() {
    assertEquals(new MeetingRange(20, 20), MeetingRange.parse("20"));
    assertEquals(new MeetingRange(18, 22), MeetingRange.parse("18-22"));
    assertEquals(new MeetingRange(18, 22), MeetingRange.parse(" 18 .. 22 "));
  }

  @Test
  void containsBothEnds() {
    MeetingRange range = MeetingRange.parse("18-22");
    assertTrue(range.contains(18));
    assertTrue(range.contains(22));
    assertFalse(range.contains(23));
    assertFalse(range.contains(null));
  }

  @Test
  void rejectsNonsense() {
    assertEquals(
        "--meeting 22-18: the range must go upwards",
        assertThrows(IllegalArgumentException.class, () -> MeetingRange.parse("22-18"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> MeetingRange.parse("20th"));
  }
}
