package org.cwg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CWG-Internet-20/4|CWG-Internet-20/4",
        "CWG-Internet-20/1 (Rev. 2)|CWG-Internet-20/1(Rev.2)",
        "CWG-Internet-20/1R2|CWG-Internet-20/1(Rev.2)",
        "CWG-Internet-23/2(Rev.1)|CWG-Internet-23/2(Rev.1)",
        "WG-Internet 11/11|CWG-Internet-11/11",
        "WG-QXR-7/3-E|CWG-QXR-7/3",
        "DG-Internet-4/2-E|DG-Internet-4/2",
        "DG-QXR 3/7|DG-QXR-3/7",
        "CWG-WTPF13-2/9-E|CWG-WTPF13-2/9",
        "CWG-WRC19-3/INF/2|CWG-WRC19-3/INF/2",
        "RGQ7/1/21-F|RGQ7/1/21",
        "RGQ 14-2/2/5|RGQ14-2/2/5",
        "WG-Quorum-3/4-E|CWG-Quorum-3/4",
        "WG-QUORUM-3/4|CWG-QUORUM-3/4",
        "wg-quorum-3/4|CWG-QUORUM-3/4",
        "CWG-QXR-9/INF/4-F|CWG-QXR-9/INF/4",
        "WRC19/12-E|WRC-19/12",
        "TDAG21/7|TDAG-21/7",
        "SG5-R 41|SG5-R41",
        "FG QRS-DOC-0077|FG-QRS-DOC-0077",
        "OPCWGINT-11/3|OPCWGINT-11/3",
        "CWG-WSIS-32/16-E|CWG-WSIS-32/16",
        "C09/105-E|C09/105",
        "C2000/17-F|C2000/17",
        "C2000/DT/3|C2000/DT/3",
        "C16/INF/12|C16/INF/12",
        "C22-ADD/3-E|C22-ADD/3",
        "CA51/12-E|CA51/12",
        "TDAB-3/9-E|TDAB-3/9",
        "FG DS&ML-C-17|FG-DS&ML-C-17",
        "FG-ABC&DE-I-0012|FG-ABC&DE-I-0012",
        "C22-add/INF/2|C22-ADD/INF/2",
        "PP-14/20(Add.1)|PP-14/20(Add.1)",
        "cwg-internet-20/04|CWG-Internet-20/4",
        "CWG-WSIS&SDG-43/5|CWG-WSIS&SDG-43/5",
        "C25/DT/2|C25/DT/2",
        "SG17-C823|SG17-C823",
        "SG17-C-823-E|SG17-C823",
        "COM 17 – C 823 – E|SG17-C823",
        "COM 17 – C 823 Rev.1 – E|SG17-C823(Rev.1)",
        "TSAG – C 12 – F|TSAG-C12",
        "TSAG – TD 140 Rev.2|TSAG-TD140(Rev.2)",
        "TSAG – R 4|TSAG-R4",
        "COM 13 – D 112 – E|SG13-D112",
        "SG13-D112|SG13-D112",
        "T97-SG13-D-0112|SG13-D112",
        "SG17-TD2484|SG17-TD2484",
        "TD 456 (GEN/17)|SG17-TD456",
        "TD 71 (WP1/17)|SG17-TD71",
        "TD 71 Rev.1 (WP1/17)|SG17-TD71(Rev.1)",
        "T22-SG17-C-0823!R1|SG17-C823(Rev.1)",
        "SG17-LS123|SG17-LS123",
        "TSAG-TD12|TSAG-TD12",
        "FG-AINN-I-236-R1|FG-AINN-I-236(Rev.1)",
        "FG-AINN-I-236 Rev.1|FG-AINN-I-236(Rev.1)",
        "FG-AI4H-I-035|FG-AI4H-I-035",
        "FGAI4H-K-043|FG-AI4H-K-043",
        "FGQX9-02-114|FG-QX9-02-114",
        "FG Zeta-C-87|FG-ZETA-C-87",
        "FG-QX9-02-114-R1|FG-QX9-02-114(Rev.1)",
        "5D/123-E|5D/123",
        "R23-WP4A-C-1064|4A/1064",
        "R23-WP5D-C-0123|5D/123",
        "6A/TEMP/140|6A/TEMP/140",
        "7B/ADM/31|7B/ADM/31",
        "SG1RGQ/123|SG1RGQ/123",
        "SG2/45|SG2/45",
        "D22-SG02-C-0045|SG2/45",
        "PP-22/64|PP-22/64",
        "PP-22/64-Rev.1|PP-22/64(Rev.1)",
        "CPM23-2/045-E|CPM23-2/45",
        "WRC-2000/12|WRC-2000/12",
        "RPM-AFR25/7|RPM-AFR25/7",
        "WTSA-24/12(Rev.1)|WTSA-24/12(Rev.1)",
        "WTDC-25/30 Rev.1|WTDC-25/30(Rev.1)",
        "S25-CL-C-0045|C25/45",
        "TDAG-24/12|TDAG-24/12",
        "TDAG-WG-QXR/7-E|TDAG-WG-QXR/7",
        "tdag-wg-qxr/07|TDAG-WG-QXR/7",
        "TDAG-WG-Quorum/4|TDAG-WG-Quorum/4",
        "TDAG-WG-QXR/INF/2|TDAG-WG-QXR/INF/2",
        "TDAG-WG-QXR|(none)",
        "TDAG09-14/3-E|TDAG09-14/3",
        "RAG11-1/20(Rev.1)|RAG11-1/20(Rev.1)",
        "R09-RAG11.1-C-0020|RAG11-1/20",
        "5-6/41-E|5-6/41",
        "JTG 4-5-6-7/88|4-5-6-7/88",
        "3-4-5/TEMP/7|3-4-5/TEMP/7",
        "R15-JTG356-C-0041|3-5-6/41",
        "2-8-9/TEMP/14|2-8-9/TEMP/14",
        "JTG 1-6-8/77-E|1-6-8/77",
        "R03-JTG1.6.8-C-0077|1-6-8/77",
        "3-7K/42-F|3-7K/42",
        "WP 10-11S/9|10-11S/9",
        "6-8R/TEMP/3|6-8R/TEMP/3",
        "R01-WP3-7K-C-0042|3-7K/42",
        "RRC-31/17-E|RRC-31/17",
        "RRC31/4 Rev.1|RRC-31/4(Rev.1)",
        "TD 121-R1 (GEN/11)|SG11-TD121(Rev.1)",
        "TDAG-3/7-E|TDAG-3/7",
        "9B/205-E|9B/205",
        "WP 8A/77|8A/77",
        "3-2/154-E|3-2/154",
        "TG 6-1/38|6-1/38",
        "6-1/TEMP/52|6-1/TEMP/52",
        "TG 6-1/TEMP/70|6-1/TEMP/70",
        "R11-TG4.2-C-0061|4-2/61",
        "IMT-2030/4(Rev.1)|IMT-2030/4(Rev.1)",
        "IMT-ADV/8-E|IMT-ADV/8",
        "imt-2020/15 Rev.3|IMT-2020/15(Rev.3)",
        "IMT-2020|(none)",
        "Question 7-3/1|(none)",
      })
  void normalisesWrittenForms(String written, String canonical) {
    assertEquals(canonical, DocumentNumber.canonical(written).orElse("(none)"));
  }

  @Test
  void findsNumbersInRunningText() {
    String text =
        "The Chair presented the Agenda (CWG-Internet-20/1 (Rev. 2)). "
            + "The Group noted both documents OPCWGINT-11/3 and CWG-Internet-20/5.";
    List<String> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    while (m.find()) {
      found.add(DocumentNumber.canonical(m));
    }
    assertEquals(List.of("CWG-Internet-20/1(Rev.2)", "OPCWGINT-11/3", "CWG-Internet-20/5"), found);
  }

  @Test
  void findsEveryFamilyInRunningTextAndNothingElse() {
    String text =
        "Dated 10/2024, the 5G/IMT share was 3/4 (page 1/3, Question 4/17, clause 5.2/3);"
            + " mail tsbsg17@itu.int, see https://www.itu.int/md/T22-SG17-C-0823/en. The meeting took"
            + " TD 456 (GEN/17), SG17-C823R1, COM 16 \u2013 C 5 \u2013 E, FGAI4H-K-043, 5D/123,"
            + " SG1RGQ/12, C25/INF/3, CWG-WSIS&SDG-43/2 and WTSA-24/12-E; not FG-AI4SSC-I-XXX.";
    List<String> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    while (m.find()) {
      found.add(DocumentNumber.canonical(m));
    }
    assertEquals(
        List.of(
            "SG17-TD456",
            "SG17-C823(Rev.1)",
            "SG16-C5",
            "FG-AI4H-K-043",
            "5D/123",
            "SG1RGQ/12",
            "C25/INF/3",
            "CWG-WSIS&SDG-43/2",
            "WTSA-24/12"),
        found);
  }

  @Test
  void aRevisionInBracketsEndsTheNumberThoughTheNextCellRunsOnIntoIt() {
    // PDF text sets a table's cells without a space between them.
    String text = "5A/TEMP/12(Rev.2)Draft new Report on trials Study Group 5";
    List<String> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    while (m.find()) {
      found.add(DocumentNumber.canonical(m));
    }
    assertEquals(List.of("5A/TEMP/12(Rev.2)"), found);
  }

  @Test
  void aLastDigitEndsTheNumberThoughTheNextCellsWordRunsOnIntoIt() {
    // PDF text sets a table's cells without a space between them; a word of capitals does not end
    // it.
    String text = "7C/TEMP/21Noted 7C/TEMP/22To Study Group 7 7C/TEMP/23ABC";
    List<String> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    while (m.find()) {
      found.add(DocumentNumber.canonical(m));
    }
    assertEquals(List.of("7C/TEMP/21", "7C/TEMP/22"), found);
  }

  @Test
  void aLastDigitEndsTheNumberBeforeTheNextCellsAcronym() {
    // The source cell of a table of contributions often opens with an office's acronym.
    String text = "SG2RGQ/41BDT Focal Point for Question 5/2 Survey results";
    Matcher m = DocumentNumber.FINDER.matcher(text);
    assertTrue(m.find());
    assertEquals("SG2RGQ/41", DocumentNumber.canonical(m));
  }

  @Test
  void findsJointTaskGroupsButNotQuestionsWithTheirRevision() {
    String text =
        "As agreed in Document 1-5-6/12, Annex 3, the work of Question 9-2/2 and Question 5-1/1"
            + " moved to JTG 5-6/7, then TDAG10-15/4 and RAG12-1/9 were noted.";
    List<String> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    while (m.find()) {
      found.add(DocumentNumber.canonical(m));
    }
    assertEquals(List.of("1-5-6/12", "5-6/7", "TDAG10-15/4", "RAG12-1/9"), found);
  }

  @Test
  void findsJointWorkingPartiesWhoseStudyGroupsCountUp() {
    String text = "Inputs 7K/12-7K/19 and 3-7K/42 were sent on, as 8-6K/3 was not.";
    List<String> found = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    while (m.find()) {
      found.add(DocumentNumber.canonical(m));
    }
    assertEquals(List.of("3-7K/42"), found);
  }

  @Test
  void rejectsWhatIsNotANumber() {
    assertTrue(DocumentNumber.canonical("Question 6/3").isEmpty());
    assertTrue(DocumentNumber.canonical("A/RES/70/125").isEmpty());
    assertTrue(DocumentNumber.canonical("2024/10").isEmpty());
    // Only the session of 2000 was named with its whole year.
    assertTrue(DocumentNumber.canonical("C2001/5").isEmpty());
    assertTrue(DocumentNumber.canonical("C200/5").isEmpty());
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C 823|SG17|SG17-C823",
        "C823|SG 17|SG17-C823",
        "TD 71|SG17|SG17-TD71",
        "TD 71 Rev.1|SG17|SG17-TD71(Rev.1)",
        "64|PP-22|PP-22/64",
        "64-E|PP-22|PP-22/64",
        "64(Rev.1)|PP-22|PP-22/64(Rev.1)",
        "123|5D|5D/123",
        "123|WP5D|5D/123",
        "45|SG2|SG2/45",
        "45|C25|C25/45",
        "4|CWG-Internet-20|CWG-Internet-20/4",
        "SG17-C823|PP-22|SG17-C823",
        "1/123-E|SG1|SG1/123",
        "2/45|SG2|SG2/45",
        "1/123|SG2|(none)",
        "I-236-R1|FG-AINN|FG-AINN-I-236(Rev.1)",
        "64|SG17|(none)",
        "C 823||(none)",
      })
  void readsNumbersWrittenShortInASeries(String written, String series, String canonical) {
    assertEquals(canonical, DocumentNumber.canonical(written, series).orElse("(none)"));
  }

  @Test
  void placeholdersAreNotNumbers() {
    for (String written :
        List.of(
            "FG-AI4SSC-I-XXX",
            "FGQX9-02-XXX",
            "C25/XX",
            "CWG-Internet-21/x",
            "CWG-Internet-NN/M",
            "SG17-CXXX",
            "PP-22/xx")) {
      assertTrue(DocumentNumber.isPlaceholder(written), written);
      assertTrue(DocumentNumber.canonical(written).isEmpty(), written);
    }
    for (String written : List.of("C25/45", "FG-AI4SSC-I-012", "XXX", "Question X/17")) {
      assertFalse(DocumentNumber.isPlaceholder(written), written);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C25/45|council|Council|",
        "CWG-WSIS&SDG-43/5(Rev.1)|council|CWG-WSIS&SDG|43",
        "OPCWGINT-11/3|council|OPCWGINT|11",
        "DG-Internet-4/2|council|DG-Internet|4",
        "SG17-C823|itu-t|SG17|",
        "SG17-TD2484(Rev.2)|itu-t|SG17|",
        "FG-AINN-I-236(Rev.1)|itu-t|FG-AINN|",
        "5D/123|itu-r|WP5D|",
        "SG2/45|itu-d|SG2|",
        "SG1RGQ/123|itu-d|SG1RGQ|",
        "PP-22/64(Add.1)|conference|PP|",
        "WTSA-24/12|conference|WTSA|",
        "CPM23-2/45|conference|CPM|",
        "RPM-AFR25/7|conference|RPM-AFR|",
        "ITU-T A.1|other||",
        "TDAG09-14/3|itu-d|TDAG|",
        "RAG11-1/20|itu-r|RAG|",
        "5-6/41|itu-r|JTG5-6|",
        "2-8-9/56|itu-r|JTG2-8-9|",
        "3-7K/42|itu-r|WP3-7K|",
        "7-8/56|itu-r|TG7-8|",
        "RRC-31/17|conference|RRC|",
        "3-2/154|itu-r|TG3-2|",
        "8A/77|itu-r|WP8A|",
        "10C/88|itu-r|WP10C|",
        "11A/12|itu-r|WP11A|",
        "TDAG-3/7|itu-d|TDAG|",
        "CWG-QXR-9/INF/4|council|CWG-QXR|9",
        "C22-ADD/3|council|Council|",
        "CA51/12|council|Council|51",
        "TDAB-3/9|itu-d|TDAB|",
        "FG-DS&ML-C-17|itu-t|FG-DS&ML|",
        "FG-QRS-DOC-0077|itu-t|FG-QRS|",
        "IMT-2030/4(Rev.1)|itu-r|WP5D|",
        "CWG-WTPF13-2/9|council|CWG-WTPF13|2",
        "WTPF-13/9|conference|WTPF|",
        "RGQ14-2/2/5|itu-d|SG2RGQ|",
      })
  void knowsFamilyGroupAndMeeting(String canonical, String family, String group, Integer meeting) {
    assertEquals(family, DocumentNumber.familyOf(canonical));
    assertEquals(group, DocumentNumber.groupOf(canonical));
    assertEquals(meeting, DocumentNumber.meetingOf(canonical));
  }

  @Test
  void revisionIsKeptApart() {
    assertEquals("Rev.1", DocumentNumber.revisionOf("FG-AINN-I-236(Rev.1)"));
    assertEquals("Add.1", DocumentNumber.revisionOf("PP-22/64(Add.1)"));
    assertEquals(null, DocumentNumber.revisionOf("SG17-C823"));
    assertEquals("SG17-TD71", DocumentNumber.base("SG17-TD71(Rev.1)"));
    assertEquals("5D/123", DocumentNumber.base("5D/123"));
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
