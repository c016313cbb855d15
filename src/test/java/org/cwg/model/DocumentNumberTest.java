package org.cwg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "CWG-Internet-20/4|CWG-Internet-20/4",
      "CWG-Internet-20/1 (Rev. 2)|CWG-Internet-20/1(Rev.2)",
      "CWG-Internet-20/1R2|CWG-Internet-20/1(Rev.2)",
      "CWG-Internet-23/2(Rev.1)|CWG-Internet-23/2(Rev.1)",
      "WG-Internet 11/11|WG-Internet-11/11",
      "OPCWGINT-11/3|OPCWGINT-11/3",
      "CWG-WSIS-32/16-E|CWG-WSIS-32/16",
      "C09/105-E|C09/105",
      "C16/INF/12|C16/INF/12",
      "PP-14/20(Add.1)|PP-14/20(Add.1)",
      "cwg-internet-20/04|CWG-Internet-20/4",
  })
  void normalisesWrittenForms(String written, String canonical) {
    assertEquals(canonical, DocumentNumber.canonical(written).orElse("(none)"));
  }

  @Test
  void findsNumbersInRunningText() {
    String text = "The Chair presented the Agenda (CWG-Internet-20/1 (Rev. 2)). "
        + "The Group noted both documents OPCWGINT-11/3 and CWG-Internet-20/5.";
    List<String> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    while (m.find()) {
      found.add(DocumentNumber.canonical(m));
    }
    assertEquals(List.of("CWG-Internet-20/1(Rev.2)", "OPCWGINT-11/3", "CWG-Internet-20/5"), found);
  }

  @Test
  void rejectsWhatIsNotANumber() {
    assertTrue(DocumentNumber.canonical("Question 6/3").isEmpty());
    assertTrue(DocumentNumber.canonical("A/RES/70/125").isEmpty());
    assertTrue(DocumentNumber.canonical("2024/10").isEmpty());
  }

  @Test
  void knowsGroupAndMeeting() {
    assertEquals("CWG-Internet", DocumentNumber.groupOf("CWG-Internet-20/1(Rev.2)"));
    assertEquals(20, DocumentNumber.meetingOf("CWG-Internet-20/1(Rev.2)"));
    assertEquals("Council", DocumentNumber.groupOf("C25/45"));
    assertEquals(null, DocumentNumber.meetingOf("C25/45"));
    assertEquals(11, DocumentNumber.meetingOf("OPCWGINT-11/3"));
  }
}
