package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.cwg.structure.CoverLayout.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Covers of every family, laid out as the secretariats lay them out, each read as a Word table, as
 * Word's plain-text export and as PDF text in columns: the same fields must come out of all three.
 */
class CoverFamiliesTest {

  private static final String ITU = "INTERNATIONAL TELECOMMUNICATION UNION";
  private static final String TSB =
      ITU + "\nTELECOMMUNICATION\nSTANDARDIZATION SECTOR\n" + "STUDY PERIOD 2025-2028";

  static final CoverLayout SG17_CONTRIBUTION =
      CoverLayout.of(
          List.of(
              List.of(TSB, "SG17-C823"),
              List.of("", "STUDY GROUP 17"),
              List.of("", "Original: English"),
              List.of("Question(s):", "4/17, 6/17", "Geneva, 2-11 April 2025"),
              List.of("CONTRIBUTION"),
              List.of(
                  "Source:",
                  "China Mobile Communications Corporation, Huawei Technologies Co., Ltd."),
              List.of(
                  "Title:",
                  "Proposed text for the draft Recommendation on security of network\n"
                      + "slicing"),
              List.of("Purpose:", "Proposal"),
              List.of(
                  "Contact:",
                  "Li Wei\nChina Mobile\nChina",
                  "Tel: +86 10 1234 5678\nE-mail: liwei@example.com"),
              List.of(
                  "Contact:",
                  "Anna Berg\nHuawei Technologies\nSweden",
                  "Tel: +46 8 123 456\nE-mail: anna.berg@example.com"),
              List.of("Keywords:", "network slicing; security"),
              List.of("Abstract:", "This contribution proposes text for clause 6 of the draft.")),
          "1\tIntroduction",
          "Network slicing raises security questions.");

  static final CoverLayout OLD_SG17_CONTRIBUTION =
      CoverLayout.of(
          List.of(
              List.of(
                  ITU + "\nTELECOMMUNICATION\nSTANDARDIZATION SECTOR\nSTUDY PERIOD 2017-2020",
                  "COM 17 – C 412 – E"),
              List.of("", "STUDY GROUP 17"),
              List.of("", "Original: English"),
              List.of("Question(s):", "2/17", "Geneva, 29 August - 7 September 2018"),
              List.of("CONTRIBUTION"),
              List.of("Source:", "Republic of Korea"),
              List.of("Title:", "Revised text of draft Recommendation X.1234"),
              List.of(
                  "Contact:",
                  "Kim Min-jun\nETRI\nRepublic of Korea",
                  "Tel: +82 42 860 0000\nE-mail: minjun.kim@example.kr")),
          "1\tScope",
          "This text revises the draft.");

  static final CoverLayout SG17_TD =
      CoverLayout.of(
          List.of(
              List.of(TSB, "TD 71 Rev.1 (WP1/17)"),
              List.of("", "STUDY GROUP 17"),
              List.of("", "Original: English"),
              List.of("Question(s):", "11/17", "Virtual, 14 May 2025"),
              List.of("TD"),
              List.of("Source:", "Rapporteur Q11/17"),
              List.of("Title:", "Draft agenda of the Q11/17 interim meeting"),
              List.of("Purpose:", "Discussion"),
              List.of(
                  "Contact:",
                  "Maria Rossi\nTelecom Italia\nItaly",
                  "E-mail: maria.rossi@example.it")),
          "1\tOpening of the meeting",
          "The Rapporteur opens the meeting.");

  static final CoverLayout SG17_LIAISON =
      CoverLayout.of(
          List.of(
              List.of(TSB, "SG17-LS45"),
              List.of("", "STUDY GROUP 17"),
              List.of("", "Original: English"),
              List.of("Question(s):", "4/17", "Geneva, 2-11 April 2025"),
              List.of("LIAISON STATEMENT"),
              List.of("Source:", "ITU-T Study Group 17"),
              List.of("Title:", "LS on quantum-safe migration guidance"),
              List.of("For action to:", "ITU-T SG13"),
              List.of("For information to:", "ISO/IEC JTC 1/SC 27"),
              List.of("Approval:", "ITU-T SG17 meeting (Geneva, 11 April 2025)"),
              List.of("Deadline:", "1 September 2025"),
              List.of("Contact:", "Jean Dupont\nOrange\nFrance", "E-mail: jean.dupont@example.fr")),
          "1\tBackground",
          "SG17 studies quantum-safe cryptography.");

  static final CoverLayout FOCUS_GROUP_PLACEHOLDER =
      CoverLayout.of(
          List.of(
              List.of(
                  ITU + "\nTELECOMMUNICATION STANDARDIZATION SECTOR\nSTUDY PERIOD 2025-2028",
                  "FG-AI4SSC-I-XXX"),
              List.of(
                  "", "Focus Group on AI for Smart Sustainable Cities and Communities (FG-AI4SSC)"),
              List.of("", "Original: English"),
              List.of("WG(s):", "WG2", "Tampere, 8-10 September 2026"),
              List.of("INPUT DOCUMENT"),
              List.of("Source:", "Nokia"),
              List.of("Title:", "Use cases of digital twins for city mobility"),
              List.of("Purpose:", "Information"),
              List.of(
                  "Contact:",
                  "Ville Virtanen\nNokia\nFinland",
                  "E-mail: ville.virtanen@example.fi")),
          "1\tIntroduction",
          "Cities use digital twins.");

  static final CoverLayout ITU_R_WORKING_PARTY =
      CoverLayout.of(
          List.of(
              List.of("Radiocommunication Study Groups", ""),
              List.of("Received: 10 January 2025", "Document 5D/123-E"),
              List.of("Subject: Question ITU-R 229/5", "15 January 2025"),
              List.of("", "English only"),
              List.of("Source:", "Australia"),
              List.of(
                  "Title:", "Proposed revision of the working document on IMT-2030 requirements")),
          "1\tIntroduction",
          "Australia proposes changes.");

  static final CoverLayout ITU_D_RAPPORTEUR_GROUP =
      CoverLayout.of(
          List.of(
              List.of(
                  ITU + "\nTELECOMMUNICATION DEVELOPMENT SECTOR\nStudy Group 1 Rapporteur Group",
                  "Document SG1RGQ/123-E"),
              List.of("Geneva, 20-24 October 2025", "2 October 2025"),
              List.of("", "Original: French"),
              List.of("Question 4/1:", "Economic policies and methods of determining the costs"),
              List.of("SOURCE:", "Senegal"),
              List.of("TITLE:", "Cost models for broadband in rural areas")),
          "1\tIntroduction",
          "Senegal describes its cost models.");

  /** A rapporteur group's report, whose meeting line has a colon and whose title ends in it. */
  static final CoverLayout ITU_D_RAPPORTEUR_GROUP_REPORT =
      CoverLayout.of(
          List.of(
              List.of(ITU + "\nTELECOMMUNICATION DEVELOPMENT BUREAU", "Document SG2RGQ/77-E"),
              List.of("", "3 April 2027"),
              List.of("", "English only"),
              List.of("ITU-D STUDY GROUPS"),
              List.of("Meeting of the Rapporteur Group for Question 5/2: Lima, 11 March 2027"),
              List.of("QUESTION 5/2:", "Telecommunications for disaster risk reduction"),
              List.of("SOURCE:", "Rapporteur for Question 5/2"),
              List.of(
                  "TITLE:",
                  "Report of the Rapporteur Group meeting for Question 5/2, Lima, 11 March 2027")),
          "1\tOpening of the meeting",
          "The Rapporteur opened the meeting.");

  static final CoverLayout PLENIPOTENTIARY =
      CoverLayout.of(
          List.of(
              List.of(
                  "Plenipotentiary Conference (PP-22)\nBucharest, 26 September – 14 October 2022",
                  ""),
              List.of("PLENARY MEETING", "Addendum 1 to\nDocument 64-E"),
              List.of("", "1 September 2022"),
              List.of("", "Original: English"),
              List.of("United Kingdom of Great Britain and Northern Ireland"),
              List.of("PROPOSALS FOR THE WORK OF THE CONFERENCE")),
          "1\tIntroduction",
          "The United Kingdom proposes.");

  static final CoverLayout COUNCIL =
      CoverLayout.of(
          List.of(
              List.of("Council 2025\nGeneva, 17-27 June 2025", ""),
              List.of("Agenda item: ADM 5", "Document C25/45-E"),
              List.of("", "1 May 2025"),
              List.of("", "Original: English")),
          "Report by the Secretary-General",
          "REPORT ON THE ACTIVITIES OF THE COUNCIL WORKING GROUPS",
          "Summary",
          "This document reports on the work of the Council working groups.",
          "Action required",
          "The Council is invited to note this report.");

  static final CoverLayout CWG_INTERNET =
      CoverLayout.of(
          List.of(
              List.of(
                  "Council Working Group on International Internet-related Public Policy Issues",
                  "Document CWG-Internet-21/3-E"),
              List.of("Twenty-first meeting – Geneva, 3 February 2025", "5 January 2025"),
              List.of("", "English only")),
          "Contribution from the United Kingdom of Great Britain and Northern Ireland and Brazil",
          "PROPOSALS ON THE FUTURE OF INTERNET GOVERNANCE",
          "Purpose",
          "The purpose of this contribution is to propose topics.",
          "Action required",
          "CWG-Internet is invited to consider the proposals.");

  static final CoverLayout CWG_INTERNET_REVISION =
      CoverLayout.of(
          List.of(
              List.of(
                  "Council Working Group on International Internet-related Public Policy Issues",
                  ""),
              List.of(
                  "Twenty-first meeting – Geneva, 3 February 2025",
                  "Revision 1 to\nDocument CWG-Internet-21/3-E"),
              List.of("", "20 January 2025"),
              List.of("", "English only")),
          "Contribution by Brazil and Bosnia and Herzegovina",
          "PROPOSED WORK PLAN FOR CWG-INTERNET",
          "Purpose",
          "To propose a work plan.",
          "Action required",
          "The Group is invited to consider the plan.");

  static final CoverLayout CWG_REPORT =
      CoverLayout.of(
          List.of(
              List.of(
                  "Council Working Group on International Internet-related Public Policy Issues",
                  "Document CWG-Internet-21/8-E"),
              List.of("Twenty-first meeting – Geneva, 3 February 2025", "3 February 2025"),
              List.of("", "English only")),
          "Report of the twenty-first meeting of CWG-Internet",
          "Purpose",
          "This is the report of the twenty-first meeting of CWG-Internet.",
          "Action required",
          "The Group is invited to approve this report.");

  static final CoverLayout CWG_FRENCH =
      CoverLayout.of(
          List.of(
              List.of(
                  "Groupe de travail du Conseil sur les questions de politiques publiques "
                      + "internationales relatives à l'Internet",
                  "Document CWG-Internet-21/5-F"),
              List.of("Vingt-et-unième réunion – Genève, 3 février 2025", "10 janvier 2025"),
              List.of("", "Original: français")),
          "Contribution du Sénégal",
          "PROPOSITIONS SUR L'ACCÈS À L'INTERNET",
          "Purpose",
          "La présente contribution propose des thèmes.");

  record Expected(
      String number,
      String family,
      String group,
      String type,
      String title,
      List<String> sources,
      String date,
      String meetingDate,
      List<String> questions,
      String purpose,
      String revision,
      String placeholder,
      int contacts) {}

  static Stream<Arguments> covers() {
    List<Arguments> all = new ArrayList<>();
    Object[][] cases = {
      {
        "SG17 contribution",
        SG17_CONTRIBUTION,
        new Expected(
            "SG17-C823",
            "itu-t",
            "SG17",
            "contribution",
            "Proposed text for the draft Recommendation on security of network slicing",
            List.of("China Mobile Communications Corporation", "Huawei Technologies Co., Ltd."),
            null,
            "2025-04-02",
            List.of("4/17", "6/17"),
            "Proposal",
            null,
            null,
            2)
      },
      {
        "SG17 contribution, old number",
        OLD_SG17_CONTRIBUTION,
        new Expected(
            "SG17-C412",
            "itu-t",
            "SG17",
            "contribution",
            "Revised text of draft Recommendation X.1234",
            List.of("Korea (Republic of)"),
            null,
            "2018-08-29",
            List.of("2/17"),
            null,
            null,
            null,
            1)
      },
      {
        "SG17 TD",
        SG17_TD,
        new Expected(
            "SG17-TD71(Rev.1)",
            "itu-t",
            "SG17",
            "agenda",
            "Draft agenda of the Q11/17 interim meeting",
            List.of("Rapporteur Q11/17"),
            null,
            "2025-05-14",
            List.of("11/17"),
            "Discussion",
            "Rev.1",
            null,
            1)
      },
      {
        "SG17 liaison",
        SG17_LIAISON,
        new Expected(
            "SG17-LS45",
            "itu-t",
            "SG17",
            "liaison",
            "LS on quantum-safe migration guidance",
            List.of("ITU-T Study Group 17"),
            null,
            "2025-04-02",
            List.of("4/17"),
            null,
            null,
            null,
            1)
      },
      {
        "focus group placeholder",
        FOCUS_GROUP_PLACEHOLDER,
        new Expected(
            null,
            "itu-t",
            "FG-AI4SSC",
            "contribution",
            "Use cases of digital twins for city mobility",
            List.of("Nokia"),
            null,
            "2026-09-08",
            null,
            "Information",
            null,
            "FG-AI4SSC-I-XXX",
            1)
      },
      {
        "ITU-R working party",
        ITU_R_WORKING_PARTY,
        new Expected(
            "5D/123",
            "itu-r",
            "WP5D",
            "contribution",
            "Proposed revision of the working document on IMT-2030 requirements",
            List.of("Australia"),
            "2025-01-15",
            null,
            null,
            null,
            null,
            null,
            0)
      },
      {
        "ITU-D rapporteur group",
        ITU_D_RAPPORTEUR_GROUP,
        new Expected(
            "SG1RGQ/123",
            "itu-d",
            "SG1RGQ",
            "contribution",
            "Cost models for broadband in rural areas",
            List.of("Senegal"),
            "2025-10-02",
            "2025-10-20",
            List.of("4/1"),
            null,
            null,
            null,
            0)
      },
      {
        "ITU-D rapporteur group report",
        ITU_D_RAPPORTEUR_GROUP_REPORT,
        new Expected(
            "SG2RGQ/77",
            "itu-d",
            "SG2RGQ",
            "report",
            "Report of the Rapporteur Group meeting for Question 5/2, Lima, 11 March 2027",
            List.of("Rapporteur for Question 5/2"),
            "2027-04-03",
            "2027-03-11",
            List.of("5/2"),
            null,
            null,
            null,
            0)
      },
      {
        "PP-22 addendum",
        PLENIPOTENTIARY,
        new Expected(
            "PP-22/64(Add.1)",
            "conference",
            "PP",
            "contribution",
            "PROPOSALS FOR THE WORK OF THE CONFERENCE",
            List.of("United Kingdom of Great Britain and Northern Ireland"),
            "2022-09-01",
            "2022-09-26",
            null,
            null,
            "Add.1",
            null,
            0)
      },
      {
        "Council",
        COUNCIL,
        new Expected(
            "C25/45",
            "council",
            "Council",
            "report",
            "REPORT ON THE ACTIVITIES OF THE COUNCIL WORKING GROUPS",
            List.of("Secretary-General"),
            "2025-05-01",
            "2025-06-17",
            null,
            null,
            null,
            null,
            0)
      },
      {
        "CWG-Internet",
        CWG_INTERNET,
        new Expected(
            "CWG-Internet-21/3",
            "council",
            "CWG-Internet",
            "contribution",
            "PROPOSALS ON THE FUTURE OF INTERNET GOVERNANCE",
            List.of("United Kingdom of Great Britain and Northern Ireland", "Brazil"),
            "2025-01-05",
            "2025-02-03",
            null,
            null,
            null,
            null,
            0)
      },
      {
        "CWG-Internet revision",
        CWG_INTERNET_REVISION,
        new Expected(
            "CWG-Internet-21/3(Rev.1)",
            "council",
            "CWG-Internet",
            "contribution",
            "PROPOSED WORK PLAN FOR CWG-INTERNET",
            List.of("Brazil", "Bosnia and Herzegovina"),
            "2025-01-20",
            "2025-02-03",
            null,
            null,
            "Rev.1",
            null,
            0)
      },
      {
        "CWG-Internet report",
        CWG_REPORT,
        new Expected(
            "CWG-Internet-21/8",
            "council",
            "CWG-Internet",
            "report",
            null,
            List.of(),
            "2025-02-03",
            "2025-02-03",
            null,
            null,
            null,
            null,
            0)
      },
      {
        "CWG-Internet in French",
        CWG_FRENCH,
        new Expected(
            "CWG-Internet-21/5",
            "council",
            "CWG-Internet",
            "contribution",
            "PROPOSITIONS SUR L'ACCÈS À L'INTERNET",
            List.of("Sénégal"),
            "2025-01-10",
            "2025-02-03",
            null,
            null,
            null,
            null,
            0)
      },
    };
    for (Object[] c : cases) {
      for (Encoding encoding : Encoding.values()) {
        all.add(Arguments.of(c[0] + ", " + encoding, encoding, c[1], c[2]));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("covers")
  void readsTheCover(String name, Encoding encoding, CoverLayout cover, Expected expected) {
    Metadata m = cover.metadataAs(encoding);
    assertEquals(expected.number(), m.number(), "number");
    assertEquals(expected.family(), m.family(), "family");
    assertEquals(expected.group(), m.group(), "group");
    assertEquals(expected.type(), m.type(), "type");
    if (expected.title() != null) {
      assertEquals(expected.title(), m.title(), "title");
    }
    assertEquals(expected.sources(), m.sources(), "sources");
    if (expected.date() != null) {
      assertEquals(expected.date(), m.date(), "date");
    }
    if (expected.meetingDate() != null) {
      assertEquals(expected.meetingDate(), m.meetingDate(), "meetingDate");
    }
    if (expected.questions() != null) {
      assertEquals(expected.questions(), m.questions(), "questions");
    }
    assertEquals(expected.purpose(), m.purpose(), "purpose");
    assertEquals(expected.revision(), m.revision(), "revision");
    assertEquals(expected.placeholder(), m.placeholder(), "placeholder");
    assertEquals(expected.contacts(), m.contacts().size(), () -> "contacts " + m.contacts());
    for (Contact contact : m.contacts()) {
      assertTrue(contact.email() != null && contact.name() != null, contact::toString);
      assertTrue(contact.organization() != null, contact::toString);
    }
    if (m.title() != null) {
      assertTrue(!CoverCells.isMasthead(m.title()) && !CoverCells.hasEmail(m.title()), m.title());
    }
    if (m.number() != null) {
      assertTrue(m.rules().get("number").startsWith("cover:"), m.rules().toString());
    }
    if (expected.placeholder() != null) {
      assertNull(m.number());
    }
  }
}
