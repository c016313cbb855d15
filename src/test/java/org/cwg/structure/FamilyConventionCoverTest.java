package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.parse.ParsedDocument;
import org.cwg.structure.CoverLayout.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Covers of groups and languages whose conventions are the family's, not the groups cwg met first:
 * a Council expert group, the Radiocommunication Assembly, a Council working group in Chinese and
 * in Russian (its source declined after "Вклад"), ITU-D's Russian "Для контактов:" row, a contact
 * holding an office, and a meeting's range of dates wrapped at its dash.
 */
class FamilyConventionCoverTest {

  private static Metadata read(CoverLayout cover, Encoding encoding) {
    return cover.metadataAs(encoding);
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void aCouncilExpertGroupNumbersItsDocumentsLikeAWorkingGroup(Encoding encoding) {
    Metadata m =
        read(
            CoverLayout.of(
                List.of(
                    List.of("Expert Group on Decision 482 (EG-DEC)", "Document EG-DEC-4/3-E"),
                    List.of("Fourth meeting – Geneva, 12 March 2026", "2 March 2026"),
                    List.of("", "Original: English"),
                    List.of("Contribution by Brazil"),
                    List.of("COST RECOVERY FOR SATELLITE NETWORK FILINGS")),
                "Purpose",
                "To propose a review of the fees."),
            encoding);
    assertEquals("EG-DEC-4/3", m.number());
    assertEquals("EG-DEC", m.group());
    assertEquals("council", m.family());
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void theRadiocommunicationAssemblyNumbersItsDocumentsLikeAConference(Encoding encoding) {
    Metadata m =
        read(
            CoverLayout.of(
                List.of(
                    List.of("Radiocommunication Assembly (RA-27)\nBaku, 11-15 October 2027", ""),
                    List.of("PLENARY MEETING", "Document 31-E"),
                    List.of("", "6 September 2027"),
                    List.of("", "Original: English"),
                    List.of("Chile"),
                    List.of("PROPOSED REVISION OF RESOLUTION ITU-R 5 – WORKING METHODS OF THE")),
                "Introduction",
                "Chile proposes to revise the Resolution."),
            encoding);
    assertEquals("RA-27/31", m.number());
    assertEquals("RA", m.group());
    assertEquals("conference", m.family());
  }

  @Test
  void theAssemblyIsNamedSoInTheOtherLanguagesToo() {
    Metadata m =
        read(
            CoverLayout.of(
                List.of(
                    List.of("Assemblée des radiocommunications (AR-23)", ""),
                    List.of("SÉANCE PLÉNIÈRE", "Document 8-F"),
                    List.of("", "Original: français")),
                "Introduction",
                "Le Sénégal propose une révision."),
            Encoding.WORD);
    assertEquals("RA-23/8", m.number());
  }

  @Test
  void thePolicyForumNumbersItsDocumentsLikeAConference() {
    Metadata m =
        read(
            CoverLayout.of(
                List.of(
                    List.of(
                        "World Telecommunication/ICT Policy Forum (WTPF-29)\nGeneva, 2-4 May 2029",
                        ""),
                    List.of("", "Document 9-E"),
                    List.of("", "Original: English")),
                "Introduction",
                "An opinion is proposed."),
            Encoding.TEXT);
    assertEquals("WTPF-29/9", m.number());
    assertEquals("conference", m.family());
  }

  @ParameterizedTest
  @EnumSource(
      value = Encoding.class,
      names = {"WORD", "TEXT"})
  void aChineseCoverNamesItsMeetingSourceAndTitle(Encoding encoding) {
    Metadata m =
        read(
            CoverLayout.of(
                List.of(
                    List.of("理事会儿童在线保护工作组", "文件 CWG-COP-21/3-C"),
                    List.of("第二十一次会议 – 日内瓦，2026年3月5日", "2026年2月20日"),
                    List.of("", "原文：中文"),
                    List.of("巴西提交的文稿"),
                    List.of("关于农村学校网络安全教育的建议")),
                "目的",
                "本文稿介绍巴西的经验。"),
            encoding);
    assertEquals("CWG-COP-21/3", m.number());
    assertEquals(List.of("巴西"), m.sources());
    assertEquals("关于农村学校网络安全教育的建议", m.title());
    assertEquals("contribution", m.type());
    assertEquals("2026-03-05", m.meetingDate());
    assertEquals(21, m.meeting());
  }

  @Test
  void chineseNumeralsCountMeetings() {
    assertEquals(11, ChineseCover.numeral("十一"));
    assertEquals(20, ChineseCover.numeral("二十"));
    assertEquals(34, ChineseCover.numeral("三十四"));
    assertEquals(105, ChineseCover.numeral("一百零五"));
    assertNull(ChineseCover.numeral("多"));
  }

  @Test
  void aRussianSourceDeclinedAfterItsLeadIsTheListedNominative() {
    assertEquals("Саудовская Аравия", MemberStates.nominativeOf("Саудовской Аравии"));
    assertEquals("Новая Зеландия", MemberStates.nominativeOf("Новой Зеландии"));
    assertEquals("Доминиканская Республика", MemberStates.nominativeOf("Доминиканской Республики"));
    assertEquals("Республика Казахстан", MemberStates.nominativeOf("Республики Казахстан"));
    assertEquals("Кыргызская Республика", MemberStates.nominativeOf("Кыргызской Республики"));
    assertEquals("Королевство Марокко", MemberStates.nominativeOf("Королевства Марокко"));
    assertNull(MemberStates.nominativeOf("Министерства связи"));
    assertNull(MemberStates.nominativeOf("Secretariat"));
    Metadata m =
        read(
            CoverLayout.of(
                List.of(
                    List.of("Рабочая группа Совета по финансовым и людским ресурсам", ""),
                    List.of("Двенадцатое собрание – Женева, 3 февраля 2026 года", ""),
                    List.of("", "Документ CWG-FHR-12/4-R"),
                    List.of("", "20 января 2026 года"),
                    List.of("", "Оригинал: русский"),
                    List.of("Вклад Саудовской Аравии и Республики Казахстан"),
                    List.of("ПРЕДЛОЖЕНИЯ ПО СОКРАЩЕНИЮ РАСХОДОВ НА ПЕЧАТЬ")),
                "Цель",
                "Предложить меры."),
            Encoding.WORD);
    assertEquals(List.of("Саудовская Аравия", "Республика Казахстан"), m.sources());
  }

  @ParameterizedTest
  @EnumSource(
      value = Encoding.class,
      names = {"WORD", "TEXT"})
  void ituDsRussianContactRowIsAContactNotTheTitlesEnd(Encoding encoding) {
    Metadata m =
        read(
            CoverLayout.of(
                List.of(
                    List.of(
                        "Исследовательская комиссия 2 МСЭ-D\nТретье собрание: Женева, 4–8 мая 2026"
                            + " года",
                        "Документ SG2/77-R"),
                    List.of("", "10 апреля 2026 года"),
                    List.of("", "Оригинал: русский"),
                    List.of("ВОПРОС 3/2:", "Защита сетей"),
                    List.of("ИСТОЧНИК:", "Саудовская Аравия"),
                    List.of("НАЗВАНИЕ:", "Опыт защиты сетей электросвязи"),
                    List.of(
                        "Для контактов:",
                        "Иван Петров\nМинистерство связи",
                        "Эл. почта: i.petrov@example.org")),
                "Резюме",
                "В настоящем вкладе описан опыт."),
            encoding);
    assertEquals("Опыт защиты сетей электросвязи", m.title());
    assertEquals(
        List.of(new Contact("Иван Петров", "Министерство связи", "i.petrov@example.org")),
        m.contacts());
  }

  @Test
  void anOfficeIsNoPartOfWhatItIsHeldIn() {
    Cover.Labelled block =
        new Cover.Labelled(
            CoverLabel.CONTACT,
            List.of("Jane Roe, Vice-Chairman, ITU-T Study Group 9 (e-mail: jane.roe@example.org)"),
            true,
            null);
    assertEquals(
        List.of(new Contact("Jane Roe", null, "jane.roe@example.org")),
        CoverContacts.read(List.of(block)));
    Cover.Labelled president =
        new Cover.Labelled(
            CoverLabel.CONTACT,
            List.of("Mr Tom Lark, Vice-President, ARRL, e-mail: t.lark@arrl.example"),
            true,
            null);
    assertEquals("ARRL", CoverContacts.read(List.of(president)).get(0).organization());
    Cover.Labelled unit =
        new Cover.Labelled(
            CoverLabel.CONTACT,
            List.of(
                "Ana Pérez",
                "Head of Unit, External Affairs",
                "National Spectrum Agency (NSA)",
                "E-mail: ana.perez@nsa.example"),
            false,
            null);
    assertEquals(
        "National Spectrum Agency (NSA)", CoverContacts.read(List.of(unit)).get(0).organization());
    Cover.Labelled plain =
        new Cover.Labelled(
            CoverLabel.CONTACT,
            List.of("Jane Roe, Acme Ltd, Tel: +1 555 0100, jane@acme.example"),
            true,
            null);
    assertEquals("Acme Ltd", CoverContacts.read(List.of(plain)).get(0).organization());
  }

  @Test
  void aSemicolonListOfSourcesWrapsAnywhereInPdfText() {
    Metadata m =
        read(
            CoverLayout.of(
                List.of(
                    List.of("INTERNATIONAL TELECOMMUNICATION UNION", "FG-QKD-I-051"),
                    List.of("", "Original: English"),
                    List.of("INPUT DOCUMENT"),
                    List.of(
                        "Source:",
                        "Tokyo Institute of Technology;\nNippon Telegraph and Telephone\n"
                            + "Corporation (NTT); City of Osaka"),
                    List.of("Title:", "Key relay networks in a metropolitan area")),
                "1\tIntroduction",
                "Key relay networks are proposed."),
            Encoding.PDF);
    assertEquals(
        List.of(
            "Tokyo Institute of Technology",
            "Nippon Telegraph and Telephone Corporation (NTT)",
            "City of Osaka"),
        m.sources());
  }

  @Test
  void aPublishedTitleWrappedAboveTheRecommendationNumberIsWhole() {
    ParsedDocument parsed =
        ParsedDocument.ofPlainText(
            "INTERNATIONAL TELECOMMUNICATION UNION\nITU-T\n"
                + "TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU\nY.4480\n(11/2021)\n"
                + "SERIES Y: GLOBAL INFORMATION INFRASTRUCTURE\n"
                + "Low-power protocol for wide area wireless networks used by\n"
                + "devices in remote areas\n"
                + "Recommendation ITU-T Y.4480\n"
                + "Summary\n"
                + "This Recommendation specifies a protocol.\n");
    Metadata m =
        new StructureExtractor(Manifest.none())
            .extract(parsed, Path.of("T-REC-Y.4480-202111-I!!PDF-E.pdf"))
            .metadata();
    assertEquals(
        "Low-power protocol for wide area wireless networks used by devices in remote areas",
        m.title());
  }

  @Test
  void aCaselessScriptsNumberedHeadingsAreHeadingsInPlainText() {
    ParsedDocument parsed =
        ParsedDocument.ofPlainText(
            "目的\r\n本文稿介绍农村地区的经验。\r\n1\t背景\r\n农村地区的网络覆盖仍然不足。\r\n"
                + "2\t农村学校的经验\r\n2.1\t教师培训\r\n培训了三百名教师。\r\n3\t建议\r\n"
                + "建议工作组收集数据。\r\n");
    List<Section> sections =
        new StructureExtractor(Manifest.none()).extract(parsed, Path.of("document.txt")).sections();
    assertEquals(
        List.of("目的", "背景", "农村学校的经验", "教师培训", "建议"),
        sections.stream().map(Section::heading).toList());
    assertEquals(SectionKind.PROPOSAL, sections.get(4).kind());
  }

  @Test
  void aMeetingsRangeOfDatesWrappedAtItsDashIsOneLine() {
    List<CoverLine> lines =
        WrappedCoverLines.join(
            List.of(
                CoverLine.body("Second meeting: Geneva, 28 September"),
                CoverLine.body("– 2 October 2026"),
                CoverLine.body("– a bullet that is no date")));
    assertEquals("Second meeting: Geneva, 28 September – 2 October 2026", lines.get(0).text());
    assertEquals(2, lines.size());
  }

  @Test
  void aRussianOrChineseCoverAbstractAndAnAnnexAreSections() {
    ParsedDocument parsed =
        ParsedDocument.ofPlainText(
            "Аннотация:\tВ настоящем вкладе предлагается новая методика испытаний.\r\n"
                + "1\tВведение\r\n"
                + "Текст введения.\r\n"
                + "Приложение – Перечень мер\r\n"
                + "Текст приложения.\r\n");
    List<Section> sections =
        new StructureExtractor(Manifest.none()).extract(parsed, Path.of("document.txt")).sections();
    assertEquals(
        List.of(SectionKind.ABSTRACT, SectionKind.INTRODUCTION, SectionKind.ANNEX),
        sections.stream().map(Section::kind).toList());
    assertEquals(SectionKind.PROPOSAL, HeadingKinds.kindOf("建议"));
  }
}
