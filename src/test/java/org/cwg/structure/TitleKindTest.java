package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind a cover's title names, and the source line written right above that title. */
class TitleKindTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      nullValues = "-",
      value = {
        "REPORT ON THE THIRTIETH MEETING OF WORKING PARTY 7C|report",
        "Draft agenda of the fifth meeting|agenda",
        "Revised draft agenda of the third meeting of Working Party 2|agenda",
        "Draft revised report of the Rapporteur group|report",
        "Liaison statement to ITU-D Study Group 1 on spectrum|liaison",
        "LS/o on security aspects of AI agents (reply to SG13-LS45)|liaison",
        "LS on quantum key distribution networks|liaison",
        "SUMMARY OF THE CONTRIBUTIONS RECEIVED|summary",
        "SUMMARY REPORT OF THE FOURTH MEETING OF STUDY GROUP 9|report",
        "SUMMARY RECORD OF THE SECOND MEETING OF WORKING PARTY 9Z|report",
        "Compte rendu de la troisième réunion du Groupe de travail|report",
        "RESUMEN DE LOS DEBATES DE LA CUARTA SESIÓN PLENARIA|report",
        "КРАТКИЙ ОТЧЕТ О ВТОРОМ ЗАСЕДАНИИ|report",
        "SUMMARY OF THE RESPONSES TO THE CONSULTATION|summary",
        "DRAFT SUMMARY OF THE NINTH MEETING|report",
        "Résumé de la deuxième réunion du Groupe d'experts|report",
        "Resumen de la quinta reunión|report",
        "COMMON PROPOSALS FOR THE WORK OF THE ASSEMBLY|contribution",
        "EUROPEAN COMMON PROPOSALS FOR THE WORK OF THE ASSEMBLY|contribution",
        "Regional issues of the assembly|-",
        "PROPOSALS FOR THE WORK OF THE ASSEMBLY|contribution",
        "RÉPONSE À LA CONSULTATION OUVERTE SUR LES DONNÉES|contribution",
        "PROPOSED REVISION OF RECOMMENDATION ITU-R P.452|contribution",
        "CHAIRMAN'S REPORT ON THE TWELFTH MEETING OF WORKING PARTY 4A|report",
        "Rapporteur’s report for Question 2/1|report",
        "ПРЕДЛАГАЕМЫЕ ИЗМЕНЕНИЯ К РЕЗОЛЮЦИИ 37|contribution",
        "Member States' views on spectrum|-",
        "ASIA-PACIFIC TELECOMMUNITY COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE|contribution",
        "Regional Commonwealth Communications Report Summary|-",
        "Use cases of quantum key distribution|-",
      })
  void readsTheKindFromTheTitlesFirstWords(String title, String type) {
    assertEquals(type, TitleKind.of(title));
  }

  @Test
  void aChairsSummaryReportIsTheMeetingsReportDatedByItsTitle() {
    Metadata metadata =
        CoverOfLines.read(
            "sg.txt",
            "Radiocommunication Study Groups",
            "Source: Document 9/TEMP/12\tDocument 9/88-E",
            "\t4 May 2031",
            "\tEnglish only",
            "Chair, Study Group 9",
            "SUMMARY REPORT OF THE FOURTH MEETING OF STUDY GROUP 9",
            "(Geneva, 20-21 April 2031)");
    assertEquals("report", metadata.type());
    assertEquals("2031-04-20", metadata.meetingDate());
    assertEquals(4, metadata.meeting());
  }

  @Test
  void aReportsTitleSaysWhereAndWhenItsMeetingWasHeld() {
    Metadata metadata =
        CoverOfLines.read(
            "T29-SG99-R-0021!!MSW-E.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION\t\tCOM 99 – R 21 – E",
            "TELECOMMUNICATION STANDARDIZATION SECTOR\t\tMay 2031",
            "STUDY PERIOD 2029-2032\t\tOriginal: English",
            "STUDY GROUP 99 – REPORT 21",
            "SOURCE:\tWORKING PARTY 2/99",
            "TITLE:\tREPORT OF THE MEETING OF WORKING PARTY 2/99 HELD IN LIMA FROM 3 TO 7 APRIL 2031",
            "1\tOrganization of the meeting",
            "The Working Party met under the chairmanship of Mr A. Example.");
    assertEquals("report", metadata.type());
    assertEquals("2031-04-03", metadata.meetingDate());
    assertEquals("LIMA", metadata.place());
  }

  @Test
  void aMeetingsSummaryIsItsReportWhoeverIssuesIt() {
    Metadata metadata =
        CoverOfLines.read(
            "wg.txt",
            "Council Working Group on Spectrum Matters\tDocument CWG-SPM-10/2-E",
            "Tenth meeting – Geneva, 3 March 2031\t2 February 2031",
            "\tOriginal: English",
            "Note by the Secretariat",
            "DRAFT SUMMARY OF THE NINTH MEETING",
            "(Geneva, 4 November 2030)");
    assertEquals("report", metadata.type());
  }

  @Test
  void takesTheLineAboveACapitalisedTitleAsTheSource() {
    Metadata metadata =
        CoverOfLines.read(
            "wrc.txt",
            "World Radiocommunication Conference (WRC-27)",
            "PLENARY MEETING\tDocument 88-E",
            "\t3 May 2027",
            "\tOriginal: English",
            "African Telecommunications Union Common Proposals",
            "PROPOSALS FOR THE WORK OF THE CONFERENCE");
    assertEquals(List.of("African Telecommunications Union"), metadata.sources());
    assertEquals("contribution", metadata.type());
    assertEquals("PROPOSALS FOR THE WORK OF THE CONFERENCE", metadata.title());
  }

  @Test
  void aDraftDecisionLineIsNoSource() {
    Metadata metadata =
        CoverOfLines.read(
            "c.txt",
            "Council 2027\tDocument C27/DT/4-E",
            "\t2 June 2027",
            "Draft Resolution",
            "ACCESS TO COUNCIL DOCUMENTS FOR THE PUBLIC");
    assertEquals(List.of(), metadata.sources());
  }

  @Test
  void aResponseLineNamesItsAuthor() {
    List<CoverLine> lines =
        List.of(
            CoverLine.body(
                "Council Working Group on Child Online Protection\tDocument CWG-COP-23/8-E"),
            CoverLine.body("Twenty-third meeting – Geneva, 20 October 2027\t1 October 2027"),
            CoverLine.body("\tOriginal: English"),
            CoverLine.body("Response from the Internet Society"),
            CoverLine.body("RESPONSE TO THE QUESTIONS ON AGE VERIFICATION"));
    Metadata metadata =
        MetadataReader.read(Map.of(), lines, null, "cop.txt", Map.of(), List.of(), "");
    assertEquals(List.of("Internet Society"), metadata.sources());
    assertEquals("contribution", metadata.type());
  }
}
