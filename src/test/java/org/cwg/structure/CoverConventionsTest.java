package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.cwg.structure.CoverLayout.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conventions of ITU covers beyond the first layouts cwg met: a new-style TD number written with
 * where the TD is filed, the study group and the number on one PDF line, a source line followed by
 * a title that itself starts "REPORT OF", a title whose words are joined by a slash, a Chair's
 * report dated by its title, and a Council DT's draft text.
 */
class CoverConventionsTest {

  private static Metadata extract(CoverLayout cover, Encoding encoding, String fileName) {
    return new StructureExtractor(Manifest.none())
        .extract(cover.as(encoding), Path.of(fileName))
        .metadata();
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void aTdNumberWithWhereItIsFiledIsTheTd(Encoding encoding) {
    CoverLayout cover =
        CoverLayout.of(
            List.of(
                List.of(
                    "INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION STANDARDIZATION"
                        + " SECTOR\nSTUDY PERIOD 2025-2028",
                    "",
                    "SG12-TD330/WP3"),
                List.of("", "", "STUDY GROUP 12"),
                List.of("", "", "Original: English"),
                List.of("Question(s):", "9/12", "Lima, 3-12 March 2027"),
                List.of("TD"),
                List.of("Source:", "Rapporteur for Question 9/12"),
                List.of("Title:", "Draft new Supplement on speech quality in vehicles"),
                List.of("Purpose:", "Discussion")),
            "1\tScope",
            "The Supplement covers hands-free terminals.");
    Metadata m = extract(cover, encoding, "document.docx");
    assertEquals("SG12-TD330", m.number());
    assertEquals("td", m.type());
    assertEquals("Draft new Supplement on speech quality in vehicles", m.title());
  }

  @Test
  void aStudyGroupAndItsTdNumberOnOnePdfLineAreTwoCells() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL",
            "TELECOMMUNICATION",
            "UNION",
            "STUDY GROUP 3 TD 57 (GEN/3)",
            "TELECOMMUNICATION",
            "STANDARDIZATION",
            "SECTOR",
            "Original: French",
            "TEMPORARY DOCUMENT",
            "Source: Chair, Study Group 3",
            "Title: Draft agenda of the Working Party 2/3 meeting");
    assertEquals("SG3-TD57", m.number());
    assertEquals("SG3", m.group());

    Metadata wrapped =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL",
            "TELECOMMUNICATION",
            "UNION",
            "STUDY GROUP 3 TD 57 Rev.2",
            "(WP1/3)",
            "TELECOMMUNICATION",
            "STANDARDIZATION",
            "SECTOR",
            "TEMPORARY DOCUMENT",
            "Source: Chair, Study Group 3",
            "Title: Draft agenda of the Working Party 1/3 meeting");
    assertEquals("SG3-TD57(Rev.2)", wrapped.number());
  }

  @Test
  void aSourceListSetApartBySemicolonsGoesOnWhereverPdfTextWrapsIt() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "STUDY GROUP 20 SG20-C95-E",
            "Original: English",
            "Question(s): 4/20 Geneva, 7-16 June 2027",
            "CONTRIBUTION",
            "Source: Nordic Grid Operators AB; Instituto Superior",
            "Técnico; Helsinki Metropolitan Transport",
            "Authority (HSL)",
            "Title: Use cases for city-wide sensor networks",
            "Purpose: Proposal");
    assertEquals(
        List.of(
            "Nordic Grid Operators AB",
            "Instituto Superior Técnico",
            "Helsinki Metropolitan Transport Authority (HSL)"),
        m.sources());
    assertEquals("Use cases for city-wide sensor networks", m.title());
  }

  @Test
  void aRevisionMarkThatPdfTextWrappedUnderItsNumberKeepsTheRevision() {
    Metadata m =
        CoverOfLines.read(
            "FG-XR-I-019.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "FG-XR-I-019",
            "Rev.2",
            "ITU-T Focus Group on extended reality",
            "Original: English",
            "INPUT DOCUMENT",
            "Source: Aalto University",
            "Title: Latency budgets for shared virtual spaces");
    assertEquals("FG-XR-I-019(Rev.2)", m.number());
    assertEquals("Rev.2", m.revision());
  }

  @Test
  void aContactsOrganizationIsEverythingBetweenTheNameAndTheCountry() {
    Metadata m =
        CoverOfLines.read(
            "document.pdf",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "STUDY GROUP 2 SG2-C41-F",
            "Original: français",
            "Question(s): 1/2 Genève, 4-13 mai 2027",
            "CONTRIBUTION",
            "Source: Niger (République du)",
            "Titre: Plan national de numérotation",
            "Contact: Moussa Issoufou",
            "Autorité de Régulation des",
            "Communications Électroniques et",
            "de la Poste du Niger (ARCEP",
            "Niger)",
            "Niger (République du)",
            "Courriel:",
            "m.issoufou@arcep.example.ne",
            "Contact: Aïcha Harouna",
            "Agence Nationale des Infrastructures",
            "Numériques et des Fréquences (ANINF)",
            "Pays: Niger",
            "Tél: +227 20 72 00",
            "00",
            "Courriel: a.harouna@example.ne",
            "Mots clés: numérotation");
    assertEquals(
        List.of(
            new Contact(
                "Moussa Issoufou",
                "Autorité de Régulation des Communications Électroniques et de la Poste du Niger"
                    + " (ARCEP Niger)",
                "m.issoufou@arcep.example.ne"),
            new Contact(
                "Aïcha Harouna",
                "Agence Nationale des Infrastructures Numériques et des Fréquences (ANINF)",
                "a.harouna@example.ne")),
        m.contacts());
  }

  @Test
  void aRussianJointContactLabelNamesThePersonAndTheOrganization() {
    Metadata m =
        CoverOfLines.read(
            "d.txt",
            "Исследовательская комиссия 2 МСЭ-D\tДокумент SG2/77-R",
            "\t3 марта 2030 года",
            "ИСТОЧНИК:\tКазахстан (Республика)",
            "НАЗВАНИЕ:\tЦифровые навыки в сельских районах",
            "Контактное лицо:\tФ.И.О./Организация/Объединение: Айгерим Сапарова, Министерство"
                + " связи",
            "\tЭл. почта: a.saparova@example.kz");
    assertEquals(
        List.of(new Contact("Айгерим Сапарова", "Министерство связи", "a.saparova@example.kz")),
        m.contacts());
  }

  @Test
  void aRussianTitleOfAddressInLowerCaseIsNoPartOfTheName() {
    Metadata m =
        CoverOfLines.read(
            "d.txt",
            "Исследовательская комиссия 1 МСЭ-D\tДокумент SG1/90-R",
            "\t3 марта 2030 года",
            "ИСТОЧНИК:\tКазахстан (Республика)",
            "НАЗВАНИЕ:\tЦифровые навыки",
            "Контактное лицо:\tг-н Ерлан Сапаров",
            "\tМинистерство связи",
            "\tЭл. почта: e.saparov@example.kz");
    assertEquals(
        List.of(new Contact("Ерлан Сапаров", "Министерство связи", "e.saparov@example.kz")),
        m.contacts());
  }

  @Test
  void aPlainTextContactBlockEndsWhereTheBodysFirstSentenceStarts() {
    Metadata m =
        CoverOfLines.read(
            "T25-SG20-260303-TD-PLEN-0077!!MSW-E.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION STANDARDIZATION SECTOR",
            "STUDY PERIOD 2025-2028\t\tTD 77 (PLEN/20)",
            "\t\tSTUDY GROUP 20",
            "\t\tOriginal: English",
            "Question(s):\t1/20, 2/20\tGeneva, 3-12 March 2026",
            "LIAISON STATEMENT",
            "Source:\toneM2M Technical Plenary",
            "Title:\tLS on oneM2M Release 5 and its transposition",
            "Purpose:\tInformation",
            "For action to:\tITU-T SG20",
            "For information to:\tETSI TC SmartM2M",
            "Approval:\toneM2M TP #68",
            "Deadline:\t1 July 2026",
            "Contact:\tRoland Weber",
            "oneM2M TP Chair\tE-mail: tp-chair@onem2m.org",
            "oneM2M thanks ITU-T SG20 for its liaison SG20-LS30 and informs SG20 that Release 5 of"
                + " the oneM2M specifications was frozen in December 2025.",
            "oneM2M invites SG20 to consider updating Recommendation ITU-T Y.4500.1 to reference"
                + " Release 5, and to send any comments before the deadline.");
    assertEquals(
        List.of(new Contact("Roland Weber", "oneM2M TP Chair", "tp-chair@onem2m.org")),
        m.contacts());
  }

  @Test
  void aJobTitleIsNeitherTheOrganizationNorPartOfIt() {
    Metadata runIn =
        CoverOfLines.read(
            "OPCWGINT-13-3.txt",
            "Council Working Group on International Internet-related Public Policy Issues",
            "Open consultation\tDocument OPCWGINT-13/3",
            "Response from Acme Centre for Law",
            "RESPONSE TO THE OPEN CONSULTATION ON CONNECTIVITY",
            "Contact: Jane Roe, Research Fellow, ACL (e-mail: jroe@acl.example)");
    assertEquals(List.of(new Contact("Jane Roe", "ACL", "jroe@acl.example")), runIn.contacts());
    Metadata fieldFirst =
        CoverOfLines.read(
            "OPCWGINT-13-4.txt",
            "Council Working Group on International Internet-related Public Policy Issues",
            "Open consultation\tDocument OPCWGINT-13/4",
            "Response from the Policy Institute for Rural Access",
            "RESPONSE TO THE OPEN CONSULTATION ON CONNECTIVITY",
            "Contact: John Doe, Programme Lead, Policy Institute for Rural Access,"
                + " jdoe@pira.example");
    assertEquals(
        List.of(new Contact("John Doe", "Policy Institute for Rural Access", "jdoe@pira.example")),
        fieldFirst.contacts());
    Metadata lines =
        CoverOfLines.read(
            "T25-SG12-C-0042!!MSW-E.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION STANDARDIZATION SECTOR\t\tSG12-C42",
            "\t\tSTUDY GROUP 12",
            "CONTRIBUTION",
            "Source:\tAcme",
            "Title:\tQuality of experience",
            "Contact:\tJane Roe",
            "Senior Engineer",
            "Acme\tE-mail: jroe@acme.example",
            "Abstract:\tThis contribution proposes text.");
    assertEquals(List.of(new Contact("Jane Roe", "Acme", "jroe@acme.example")), lines.contacts());
  }

  @Test
  void contactsInSpanishAndACountryCode() {
    Metadata spanish =
        CoverOfLines.read(
            "OPCWGINT-4-2-S.txt",
            "Consulta abierta del Grupo de Trabajo del Consejo\tDocumento OPCWGINT-4/2-S",
            "Respuesta de Derechos Digitales",
            "RESPUESTA A LA CONSULTA ABIERTA",
            "Contacto: Sra. Valentina Herrera, Coordinadora de Políticas, Derechos Digitales"
                + " (correo-e: vherrera@example.org)");
    assertEquals(
        List.of(new Contact("Valentina Herrera", "Derechos Digitales", "vherrera@example.org")),
        spanish.contacts());
    Metadata code =
        CoverOfLines.read(
            "T25-TSAG-C-0022!!MSW-E.txt",
            "INTERNATIONAL TELECOMMUNICATION UNION",
            "TELECOMMUNICATION STANDARDIZATION SECTOR\t\tTSAG-C22",
            "CONTRIBUTION",
            "Source:\tAcme Incorporated",
            "Title:\tWorking methods",
            "Contact:\tJane Roe",
            "Acme Incorporated",
            "USA\tE-mail: jroe@acme.example",
            "Abstract:\tThis contribution proposes text.");
    assertEquals(
        List.of(new Contact("Jane Roe", "Acme Incorporated", "jroe@acme.example")),
        code.contacts());
  }

  @Test
  void spanishDonAndDoñaAreTitlesButAnInitialIsNot() {
    assertEquals(
        List.of(new Contact("Marta Ruiz Soler", "Telecom Ejemplo", "mruiz@example.es")),
        spanishContact("Dña. Marta Ruiz Soler, Telecom Ejemplo (correo-e: mruiz@example.es)"));
    assertEquals(
        List.of(new Contact("Pablo Ortega Vidal", "Telecom Ejemplo", "portega@example.es")),
        spanishContact("D. Pablo Ortega Vidal, Telecom Ejemplo (correo-e: portega@example.es)"));
    assertEquals(
        List.of(new Contact("D. Ortega", "Telecom Ejemplo", "portega@example.es")),
        spanishContact("D. Ortega, Telecom Ejemplo (correo-e: portega@example.es)"));
  }

  private static List<Contact> spanishContact(String contact) {
    return CoverOfLines.read(
            "OPCWGINT-4-2-S.txt",
            "Consulta abierta del Grupo de Trabajo del Consejo\tDocumento OPCWGINT-4/2-S",
            "Respuesta de Telecom Ejemplo",
            "RESPUESTA A LA CONSULTA ABIERTA",
            "Contacto: " + contact)
        .contacts();
  }

  @Test
  void aRussianNoteByTheSecretaryGeneral() {
    Metadata m =
        CoverOfLines.read(
            "CWG-FHR-13-2-R.txt",
            "Рабочая группа Совета по финансовым и людским ресурсам\tДокумент CWG-FHR-13/2-R",
            "Тринадцатое собрание – Женева, 15 января 2021 года\t5 января 2021 года",
            "Записка Генерального секретаря",
            "ОТЧЕТ О ВЫПОЛНЕНИИ БЮДЖЕТА");
    assertEquals(List.of("Генеральный секретарь"), m.sources());
    assertEquals("note", m.type());
  }

  @Test
  void anotherDocumentsRevisionInAnAgendaItemIsNotTheDocuments() {
    Metadata m =
        CoverOfLines.read(
            "C04-1-E.txt",
            "Council 2004",
            "Geneva, 8-11 June 2004",
            "Document C04/1-E",
            "2 April 2004",
            "Note by the Secretary-General",
            "DRAFT AGENDA",
            "5. Staff matters – Document C04/22(Rev.1)");
    assertEquals("C04/1", m.number());
    assertNull(m.revision());
  }

  @Test
  void aTitleRowEndsWhereTheBodysFirstSentenceStarts() {
    Metadata m =
        CoverOfLines.read(
            "D22-SG01-C-0301!!MSW-E.txt",
            "ITU-D Study Group 1\tDocument SG1/301-E",
            "Third meeting: Geneva, 28 October – 1 November 2024\t7 October 2024",
            "QUESTION 1/1:\tStrategies and policies for the deployment of broadband",
            "SOURCE:\tUnited Nations Educational, Scientific and Cultural Organization (UNESCO)",
            "TITLE:\tLiaison statement from UNESCO on school connectivity",
            "UNESCO informs ITU-D Study Group 1 of the progress of the working group on school"
                + " connectivity, and would welcome case studies.",
            "Contact: Mr Jean Roe, Programme Specialist, UNESCO, e-mail: j.roe@unesco.example");
    assertEquals("Liaison statement from UNESCO on school connectivity", m.title());
    assertEquals(
        List.of("United Nations Educational, Scientific and Cultural Organization (UNESCO)"),
        m.sources());
    assertEquals(List.of(new Contact("Jean Roe", "UNESCO", "j.roe@unesco.example")), m.contacts());
  }

  @Test
  void aSentenceThatEndsInADocumentNumberIsTheBodyNotTheTitle() {
    Metadata m =
        CoverOfLines.read(
            "D10-SG02-C-0140!A1!MSW-E.txt",
            "ITU-D Study Group 2\tAddendum 1 to",
            "Document 2/140-E",
            "5 May 2010",
            "QUESTION 22/2:\tDisaster communications",
            "SOURCE:\tRuritania (Republic of)",
            "TITLE:\tEarly warning over community radio: the results",
            "This addendum gives the results announced in the third section of Document 2/140.",
            "Annex – Results");
    assertEquals("Early warning over community radio: the results", m.title());
  }

  @Test
  void aReportOfLineAfterTheSourceLineIsTheTitle() {
    Metadata text =
        CoverOfLines.read(
            "c.txt",
            "Council 2027\tDocument C27/15-E",
            "Geneva, 8-17 June 2027\t4 May 2027",
            "\tOriginal: English",
            "Note by the Secretary-General",
            "REPORT OF THE EXTERNAL AUDITOR ON THE ACCOUNTS OF THE UNION FOR 2026",
            "The Secretary-General has the honour to transmit to the Council the report below.");
    assertEquals(
        "REPORT OF THE EXTERNAL AUDITOR ON THE ACCOUNTS OF THE UNION FOR 2026", text.title());
    assertEquals(List.of("Secretary-General"), text.sources());

    Metadata pdf =
        CoverOfLines.read(
            "c.pdf",
            "Council 2027",
            "Geneva, 8-17 June 2027",
            "Document C27/15-E",
            "4 May 2027",
            "Original: English",
            "Report by the Secretary-General",
            "REPORT OF THE EXTERNAL AUDITOR ON THE ACCOUNTS OF",
            "THE UNION FOR 2026",
            "The Secretary-General has the honour to transmit to the Council the report below.");
    assertEquals(
        "REPORT OF THE EXTERNAL AUDITOR ON THE ACCOUNTS OF THE UNION FOR 2026", pdf.title());
    assertEquals(List.of("Secretary-General"), pdf.sources());
  }

  @Test
  void aSlashBetweenWordsKeepsAWrappedTitleGoingAndAProposalIdEndsIt() {
    Metadata m =
        CoverOfLines.read(
            "wtdc.pdf",
            "World Telecommunication Development Conference (WTDC-29)",
            "PLENARY MEETING Document 31-E",
            "2 February 2029",
            "Original: English",
            "Member States of the Inter-American Telecommunication Commission (CITEL)",
            "PROPOSED MODIFICATION OF RESOLUTION 45 ON SPECTRUM SHARING FOR",
            "SMALL/MEDIUM ENTERPRISES",
            "IAP/31A1/1",
            "MOD");
    assertEquals(
        "PROPOSED MODIFICATION OF RESOLUTION 45 ON SPECTRUM SHARING FOR SMALL/MEDIUM ENTERPRISES",
        m.title());
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void aChairsReportIsDatedByItsTitle(Encoding encoding) {
    CoverLayout cover =
        CoverLayout.of(
            List.of(
                List.of("Radiocommunication Study Groups", ""),
                List.of("", "Document 4A/520-E"),
                List.of("", "2 November 2027"),
                List.of("", "English only"),
                List.of("Chairman, Working Party 4A"),
                List.of(
                    "CHAIRMAN'S REPORT ON THE TWENTY-SECOND MEETING OF WORKING PARTY 4A\n"
                        + "(Tokyo, 11-19 October 2027)")),
            "1\tOpening of the meeting",
            "The Chairman opened the meeting.");
    Metadata m = extract(cover, encoding, "document.docx");
    assertEquals("report", m.type());
    assertEquals(
        "CHAIRMAN'S REPORT ON THE TWENTY-SECOND MEETING OF WORKING PARTY 4A"
            + " (Tokyo, 11-19 October 2027)",
        m.title());
    assertEquals("2027-10-11", m.meetingDate());
  }

  @Test
  void aSpanishMeetingThatRunsIntoTheNextMonthStartsOnItsFirstDay() {
    assertEquals("2030-09-28", Dates.find("Quito, 28 de septiembre – 9 de octubre de 2030"));
    assertEquals("2030-09-28", Dates.find("du 28 septembre au 9 octobre 2030"));
    assertEquals("2030-10-09", Dates.find("9 de octubre de 2030"));
    Metadata m =
        CoverOfLines.read(
            "wtsa.txt",
            "Asamblea Mundial de Normalización de las Telecomunicaciones (AMNT-30)",
            "Quito, 28 de septiembre – 9 de octubre de 2030",
            "SESIÓN PLENARIA\tDocumento 40-S",
            "\t1 de agosto de 2030",
            "\tOriginal: inglés",
            "Informe del Director de la TSB",
            "ACTIVIDADES DEL SECTOR DESDE LA ÚLTIMA ASAMBLEA");
    assertEquals("2030-09-28", m.meetingDate());
    assertEquals("2030-08-01", m.date());
  }

  @Test
  void meetingDatesThatPdfTextWrappedBeforeTheirMonthAreOneDate() {
    Metadata spanish =
        CoverOfLines.read(
            "d.pdf",
            "Comisión de Estudio 1 del UIT-D",
            "Tercera reunión: Ginebra, 4-8 de",
            "marzo de 2030",
            "Documento SG1/140-S",
            "2 de febrero de 2030",
            "Original: español",
            "FUENTE: Paraguay (República del)",
            "TÍTULO: Redes comunitarias en zonas rurales");
    assertEquals("2030-03-04", spanish.meetingDate());
    assertEquals("2030-02-02", spanish.date());

    Metadata french =
        CoverOfLines.read(
            "t.pdf",
            "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
            "SG5-C77",
            "COMMISSION D'ÉTUDES 5",
            "Original: français",
            "Question(s): 7/5 Genève, 29 avril – 1er",
            "mai 2030",
            "CONTRIBUTION",
            "Source: Sénégal (République du)",
            "Titre: Recyclage des équipements");
    assertEquals("2030-04-29", french.meetingDate());
    assertEquals(null, french.date());
  }

  @Test
  void aFrenchOrSpanishMeetingLineNamesTheMeetingBeforeItsGroup() {
    Metadata french =
        CoverOfLines.read(
            "d.txt",
            "Commission d'études 1 de l'UIT-D",
            "Réunion du Groupe du Rapporteur: Genève, 29 septembre – 3 octobre 2030\tDocument"
                + " SG1RGQ/90-F",
            "\t1er septembre 2030",
            "\tOriginal: français",
            "QUESTION 5/1:\tTélécommunications pour les zones rurales",
            "SOURCE:\tMali (République du)",
            "TITRE:\tStations solaires pour les écoles");
    assertEquals("2030-09-29", french.meetingDate());
    Metadata spanish =
        CoverOfLines.read(
            "d.txt",
            "Comisión de Estudio 2 del UIT-D",
            "Reunión del Grupo de Relator: Ginebra, 6-10 de mayo de 2030\tDocumento SG2RGQ/31-S",
            "\t2 de abril de 2030",
            "\tOriginal: español",
            "FUENTE:\tBolivia (Estado Plurinacional de)",
            "TÍTULO:\tCiberseguridad en escuelas");
    assertEquals("2030-05-06", spanish.meetingDate());
  }

  @Test
  void aCouncilDtIsADraftTextUnlessItsTitleSaysElse() {
    Metadata decision =
        CoverOfLines.read(
            "c.txt",
            "Council 2027\tDocument C27/DT/6-E",
            "\t15 June 2027",
            "Chair of the Standing Committee on Administration and Management",
            "DRAFT DECISION ON THE FINANCIAL OPERATING REPORT FOR 2026");
    assertEquals("other", decision.type());

    Metadata report =
        CoverOfLines.read(
            "c.txt",
            "Council 2027\tDocument C27/DT/7-E",
            "\t15 June 2027",
            "DRAFT REPORT OF THE STANDING COMMITTEE ON ADMINISTRATION AND MANAGEMENT");
    assertEquals("report", report.type());
  }
}
