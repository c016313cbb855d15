package org.cwg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolutionIdParseTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1305|Council 1305",
        "Council 1305|Council 1305",
        "council  1305|Council 1305",
        "Council Resolution 1305|Council 1305",
        "Resolution 1305|Council 1305",
        "102|PP 102",
        "PP 102|PP 102",
        "pp-102|PP 102",
        "Res 102|PP 102",
        "Res. 102|PP 102",
        "WTSA 64|WTSA 64",
        "UNGA 70/125|UNGA 70/125",
        "2000|PP 2000",
      })
  void normalisesWhatUsersType(String written, String key) {
    assertEquals(key, ResolutionId.parse(written).id().key());
  }

  @Test
  void rejectsWhatIsNoResolution() {
    assertThrows(IllegalArgumentException.class, () -> ResolutionId.parse("Article 5"));
    assertThrows(IllegalArgumentException.class, () -> ResolutionId.parse(""));
  }
}
