package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * The older Council masthead's session line, "PLACE — SESSION YEAR" with the session's dates in
 * brackets: the meeting's place and first day, never the title.
 */
class SessionLineTest {

  @Test
  void readsTheSessionInTheSixLanguagesAndBothOrders() {
    assertEquals("1997", SessionLine.of("GENEVA — SESSION 1997").year());
    assertEquals("1997", SessionLine.of("GENEVA — SESSION OF 1997").year());
    assertEquals("2003", SessionLine.of("GENEVA — 2003 SESSION").year());
    assertEquals("GENÈVE", SessionLine.of("GENÈVE — SESSION DE 2001").place());
    assertEquals("2001", SessionLine.of("GINEBRA — REUNIÓN DE 2001").year());
    assertEquals("2001", SessionLine.of("GINEBRA – SESIÓN DE 2001").year());
    assertEquals("2004", SessionLine.of("ЖЕНЕВА — СЕССИЯ 2004 ГОДА").year());
    assertEquals("2004", SessionLine.of("جنيف — دورة 2004").year());
    assertEquals("2004", SessionLine.of("日内瓦 — 2004年会议").year());
    assertEquals("BUENOS AIRES", SessionLine.of("BUENOS AIRES - SESSION 2004").place());
  }

  @Test
  void readsTheAdministrativeCouncilsRankedSession() {
    SessionLine session = SessionLine.of("45th SESSION – LYON – 3-14 MAY 1990");
    assertEquals(45, session.number());
    assertEquals("LYON", session.place());
    assertEquals("1990-05-03", session.firstDay(null));
    assertNull(SessionLine.of("45th SESSION OF THE COUNCIL – REPORT"));
    // A number cell beside the line, and the date under it, are no part of the session's dates.
    assertNull(SessionLine.of("45th SESSION – LYON – 3-14 MAY\tDocument CA45/2-E 2 April 1990"));
  }

  @Test
  void anAdministrativeCouncilCoverGivesItsSessionNumberAndTitle() {
    Metadata m =
        CoverOfLines.read(
            "CA45-0012!!MSW-E.txt",
            "ADMINISTRATIVE COUNCIL",
            "45th SESSION – GENEVA – 3-14 MAY 1990\tDocument CA45/12-E",
            "2 April 1990",
            "Original: English",
            "Note by the Secretary-General",
            "ARRANGEMENTS FOR THE REGIONAL SEMINARS ON TARIFFS");
    assertEquals("CA45/12", m.number());
    assertEquals("council", m.family());
    assertEquals("ARRANGEMENTS FOR THE REGIONAL SEMINARS ON TARIFFS", m.title());
    assertEquals(45, m.meeting());
    assertEquals("1990-05-03", m.meetingDate());
  }

  @Test
  void chineseWritesTheSessionsDatesInFullWidthBrackets() {
    assertEquals("2001-06-18", SessionLine.of("日内瓦 — 2001年会议").firstDay("（2001年6月18-27日）"));
    assertEquals("2001-06-18", SessionLine.of("日内瓦 — 2001年会议（6月18-27日）").firstDay(null));
    assertTrue(SessionLine.isDatesAlone("（2001年6月18-27日）"));
    Metadata m =
        CoverOfLines.read(
            "C01-0045!!MSW-C.txt",
            "理事会",
            "日内瓦 — 2001年会议",
            "（2001年6月18-27日）\t文件 C01/45-C",
            "2001年5月30日",
            "原文：中文",
            "中华人民共和国的文稿",
            "关于财务规则的意见");
    assertEquals("2001-05-30", m.date());
    assertEquals("2001-06-18", m.meetingDate());
  }

  @Test
  void aTitleThatNamesASessionIsNoSessionLine() {
    assertNull(SessionLine.of("DRAFT AGENDA OF THE 2031 SESSION OF THE COUNCIL"));
    assertNull(SessionLine.of("REVIEW OF THE FINANCIAL OPERATING REPORT — SESSION 2031"));
    assertNull(SessionLine.of("GENEVA — SESSION"));
  }

  @Test
  void takesTheYearOfTheSessionForDatesThatLeaveItOut() {
    assertEquals("1997-06-16", SessionLine.of("GENEVA — SESSION 1997").firstDay("(16-26 JUNE)"));
    assertEquals(
        "2003-09-29",
        SessionLine.of("GENEVA — SESSION 2003").firstDay("(29 SEPTEMBER - 8 OCTOBER)"));
    assertEquals(
        "2001-06-18", SessionLine.of("GINEBRA — REUNIÓN DE 2001").firstDay("(18-27 DE JUNIO)"));
    assertEquals(
        "2001-06-18", SessionLine.of("GENÈVE — SESSION DE 2001 (18-27 JUIN)").firstDay(""));
    assertEquals(
        "2003-06-18", SessionLine.of("GENEVA — SESSION 2003").firstDay("(18-27 June 2003)"));
    assertNull(SessionLine.of("GENEVA — SESSION 2003").firstDay("Document C03/4-E"));
  }

  @Test
  void theSessionsDatesAloneAreNeverATitle() {
    assertTrue(SessionLine.isDatesAlone("(29 SEPTEMBER - 8 OCTOBER)"));
    assertTrue(SessionLine.isDatesAlone("(18-27 DE JUNIO)"));
    assertFalse(SessionLine.isDatesAlone("(MARRAKESH, 2002)"));
    assertFalse(SessionLine.isDatesAlone("REVIEW OF THE STRATEGIC PLAN"));
  }

  @Test
  void aFrenchCoverGivesTheMeetingTheTitleAndTheNotesAuthor() {
    Metadata m =
        CoverOfLines.read(
            "C01-INF-0009!!MSW-F.txt",
            "CONSEIL",
            "GENÈVE — SESSION DE 2001",
            "(18-27 JUIN)\tDocument C01/INF/9-F",
            "4 mai 2001",
            "Original: anglais",
            "Note du Secrétaire général",
            "ÉTAT DES CONTRIBUTIONS VOLONTAIRES AU FONDS DE DÉVELOPPEMENT");
    assertEquals("ÉTAT DES CONTRIBUTIONS VOLONTAIRES AU FONDS DE DÉVELOPPEMENT", m.title());
    assertEquals("2001-06-18", m.meetingDate());
    assertEquals(List.of("Secrétaire général"), m.sources());
  }

  @Test
  void aSpanishCoverWithTheMemberStateAloneGivesItsTitle() {
    Metadata m =
        CoverOfLines.read(
            "C03-0017!!MSW-S.txt",
            "CONSEJO",
            "GINEBRA — REUNIÓN DE 2003",
            "(29 DE SEPTIEMBRE - 8 DE OCTUBRE)\tDocumento C03/17-S",
            "2 de septiembre de 2003",
            "Original: español",
            "Perú",
            "PROPUESTA SOBRE EL CALENDARIO DE LAS CONFERENCIAS REGIONALES");
    assertEquals("PROPUESTA SOBRE EL CALENDARIO DE LAS CONFERENCIAS REGIONALES", m.title());
    assertEquals("2003-09-29", m.meetingDate());
  }

  @Test
  void anEnglishCoverWithTheDatesOnTheSessionLineAcrossTwoMonths() {
    Metadata m =
        CoverOfLines.read(
            "C03-0021!!MSW-E.txt",
            "COUNCIL",
            "GENEVA — 2003 SESSION (29 SEPTEMBER - 8 OCTOBER)\tDocument C03/21-E",
            "5 September 2003",
            "Original: English",
            "Report by the Secretary-General",
            "USE OF THE RESERVE ACCOUNT");
    assertEquals("USE OF THE RESERVE ACCOUNT", m.title());
    assertEquals("2003-09-29", m.meetingDate());
    assertEquals(List.of("Secretary-General"), m.sources());
  }

  @Test
  void readsThePlaceAndDaysUnderTheSessionYear() {
    assertEquals(
        "2031-03-04", SessionLine.placeAndDays("2031", "LYON — 4-13 MARCH").firstDay(null));
    assertEquals(
        "2031-05-02", SessionLine.placeAndDays("2031", "GINEBRA — 2-11 DE MAYO").firstDay(null));
    assertEquals("GENÈVE", SessionLine.placeAndDays("2031", "GENÈVE — 2-11 MAI").place());
    assertNull(SessionLine.placeAndDays("2031", "GENEVA — 2-11 MAY 2031"));
    assertNull(SessionLine.placeAndDays("2031", "ANNEX — 2 TABLES"));
    assertNull(SessionLine.placeAndDays("2031", "REVIEW OF THE STRATEGIC PLAN"));
  }

  @Test
  void theYearlessPlaceAndDaysUnderTheSessionAreTheMeetingNotTheTitle() {
    Metadata m =
        CoverOfLines.read(
            "C31-0012!!MSW-E.txt",
            "COUNCIL 2031\tDocument C31/12-E",
            "LYON — 4-13 MARCH\t2 February 2031",
            "\tOriginal: English",
            "Report by the Secretary-General",
            "REVIEW OF THE REGIONAL PRESENCE");
    assertEquals("REVIEW OF THE REGIONAL PRESENCE", m.title());
    assertEquals("2031-03-04", m.meetingDate());
    assertEquals(List.of("Secretary-General"), m.sources());
  }

  @Test
  void aSpanishCoverWithTheYearlessDaysUnderTheSession() {
    Metadata m =
        CoverOfLines.read(
            "C31-0040!!MSW-S.txt",
            "CONSEJO 2031",
            "GINEBRA — 2-11 DE MAYO",
            "Documento C31/40-S",
            "3 de abril de 2031",
            "Original: español",
            "Contribución de Chile",
            "PROPUESTAS SOBRE LA PRESENCIA REGIONAL");
    assertEquals("PROPUESTAS SOBRE LA PRESENCIA REGIONAL", m.title());
    assertEquals("2031-05-02", m.meetingDate());
    assertEquals(List.of("Chile"), m.sources());
  }
}
