package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meeting lines of covers as secretariats write them: a focus group's name with digits between the
 * ordinal and "meeting", the meeting set after a WG(s) row's value on one PDF line, Russian digits
 * with their case ending ("7-е собрание"), and how the meeting is held in brackets after its dates.
 * A company's legal form closing a source's next line ends a name, not a sentence.
 */
class MeetingLineConventionsTest {

  @TempDir Path dir;

  private static final String[] FOCUS_GROUP_PDF = {
    "INTERNATIONAL TELECOMMUNICATION UNION",
    "TELECOMMUNICATION STANDARDIZATION SECTOR",
    "STUDY PERIOD 2029-2032",
    "FG-XY9Z-I-041",
    "ITU-T Focus Group on Example Technologies",
    "Original: English",
    "WG(s): WG3 5th FG-XY9Z meeting:",
    "Virtual, 3-5 May 2030",
    "DOCUMENT",
    "Source: Universidad del Norte",
    "Esempio Reti S.p.A.",
    "Title: Proposed text for clause 5 of the",
    "working draft on measurements of energy",
    "Contact: Ana Ruiz",
    "Universidad del Norte",
    "E-mail: ana.ruiz@example.edu",
    "1 Introduction",
    "This document proposes text for clause 5 of the working draft."
  };

  @Test
  void aFocusGroupsNameWithDigitsStandsBetweenTheOrdinalAndMeeting() throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "FG-XY9Z-I-041",
                "INTERNATIONAL TELECOMMUNICATION UNION",
                "TELECOMMUNICATION STANDARDIZATION SECTOR",
                "STUDY PERIOD 2029-2032\t\tFG-XY9Z-I-041",
                "\t\tITU-T Focus Group on Example Technologies",
                "\t\tOriginal: English",
                "WG(s):\tWG3\t5th FG-XY9Z meeting:",
                "Virtual, 3-5 May 2030",
                "DOCUMENT",
                "Source:\tUniversidad del Norte",
                "Title:\tProposed text for clause 5",
                "1\tIntroduction",
                "This document proposes text for clause 5 of the working draft.")
            .metadata();
    assertEquals(5, m.meeting());
    assertEquals("2030-05-03", m.meetingDate());
  }

  @Test
  void aMeetingLineAfterTheWorkingGroupsOnOnePdfLineIsItsOwnCell() {
    Metadata m = CoverOfLines.read("document.pdf", FOCUS_GROUP_PDF);
    assertEquals(5, m.meeting());
  }

  @Test
  void aSourcesNextLineEndingInItsLegalFormIsAnotherBody() {
    Metadata m = CoverOfLines.read("document.pdf", FOCUS_GROUP_PDF);
    assertEquals(List.of("Universidad del Norte", "Esempio Reti S.p.A."), m.sources());
  }

  @Test
  void aRussianOrdinalInDigitsNumbersTheMeeting() throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "D30-TDAG35-C-0007!!MSW-R",
                "МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ\tДокумент TDAG-30/7-R",
                "БЮРО РАЗВИТИЯ ЭЛЕКТРОСВЯЗИ\t2 мая 2030 года",
                "\tОригинал: русский",
                "КОНСУЛЬТАТИВНАЯ ГРУППА ПО РАЗВИТИЮ ЭЛЕКТРОСВЯЗИ (КГРЭ)",
                "7-е собрание, Москва, 3–5 июня 2030 года",
                "ИСТОЧНИК:\tДиректор Бюро развития электросвязи",
                "НАЗВАНИЕ:\tОтчет о ходе работы",
                "1\tВведение",
                "В настоящем документе представлен отчет о ходе работы.")
            .metadata();
    assertEquals(7, m.meeting());
  }

  @Test
  void howTheMeetingIsHeldMayFollowItsDatesInBrackets() throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "D30-SG01RGQ-C-0042!!MSW-E",
                "INTERNATIONAL TELECOMMUNICATION UNION\tDocument SG1RGQ/42-E",
                "TELECOMMUNICATION DEVELOPMENT BUREAU\t1 March 2031",
                "\tOriginal: English",
                "ITU-D STUDY GROUPS",
                "Rapporteur Group Meeting for Question 5/1: Geneva, 10 March 2031 (virtual)",
                "QUESTION 5/1:\tTelecommunications for rural and remote areas",
                "SOURCE:\tRuritania",
                "TITLE:\tRural connectivity programme",
                "Introduction",
                "This contribution presents the rural connectivity programme of Ruritania.")
            .metadata();
    assertEquals("2031-03-10", m.meetingDate());
  }
}
