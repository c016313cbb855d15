package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Covers written in ITU's other languages with the same layout as the English ones, saved by Word
 * as plain text (cells of a row separated by tabs): Russian Council and ITU-D covers, a Russian
 * conference addendum, a Spanish conference cover and a CWG agenda.
 */
class ForeignCoverTest {

  @TempDir Path dir;

  private DocumentStructure read(String name, String... lines) throws Exception {
    return WordTextExport.read(dir, name, lines);
  }

  @Test
  void russianCouncilCover() throws Exception {
    DocumentStructure s =
        read(
            "council-ru",
            "Совет 2024",
            "Женева, 9–19 июля 2024 года\tДокумент C24/33-R",
            "Пункт повестки дня: PL 2\t3 июня 2024 года",
            "\tОригинал: русский",
            "Республика Казахстан",
            "ПРЕДЛОЖЕНИЕ О ПОРЯДКЕ РАБОТЫ ГРУПП ЭКСПЕРТОВ СОВЕТА",
            "Цель",
            "В документе предлагается порядок работы групп экспертов.",
            "Необходимые действия",
            "Совету предлагается одобрить предложение.",
            "Справочные материалы",
            "Резолюция 1332 Совета",
            "1\tВведение",
            "Группы экспертов собираются дважды в год.",
            "2\tПредложения",
            "Предлагается собираться один раз в год.",
            "3\tЗаключение",
            "Совету предлагается принять решение.");
    Metadata m = s.metadata();
    assertEquals("C24/33", m.number());
    assertEquals("council", m.family());
    assertEquals("Council", m.group());
    assertEquals("2024-06-03", m.date());
    assertEquals("2024-07-09", m.meetingDate());
    assertEquals("ПРЕДЛОЖЕНИЕ О ПОРЯДКЕ РАБОТЫ ГРУПП ЭКСПЕРТОВ СОВЕТА", m.title());
    assertEquals(
        List.of(
            SectionKind.PURPOSE,
            SectionKind.ACTION_REQUIRED,
            SectionKind.REFERENCES,
            SectionKind.INTRODUCTION,
            SectionKind.PROPOSAL,
            SectionKind.CONCLUSION),
        s.sections().stream().map(Section::kind).toList());
  }

  @Test
  void arabicCouncilCoverNamesWhoContributesAboveTheTitle() throws Exception {
    Metadata m =
        read(
                "council-ar",
                "المجلس 2030",
                "جنيف، 10 يونيو 2030\tالوثيقة C30/21-A",
                "\t2 مايو 2030",
                "\tالأصل: بالعربية",
                "مساهمة مقدمة من المملكة المغربية",
                "تطوير خدمات الاتصالات في المناطق الريفية",
                "الغرض",
                "تعرض هذه الوثيقة تجربة وطنية.")
            .metadata();
    assertEquals("C30/21", m.number());
    assertEquals("تطوير خدمات الاتصالات في المناطق الريفية", m.title());
    assertEquals("contribution", m.type());
    assertEquals(1, m.sources().size());
    assertEquals("2030-06-10", m.meetingDate());
  }

  @Test
  void arabicCouncilHeadingsStandAloneInPlainText() throws Exception {
    var sections =
        read(
                "council-ar-headings",
                "المجلس 2030",
                "جنيف، 10 يونيو 2030\tالوثيقة C30/22-A",
                "مساهمة مقدمة من المملكة المغربية",
                "تطوير خدمات الاتصالات في المناطق الريفية",
                "الغرض",
                "تعرض هذه الوثيقة تجربة وطنية.",
                "الإجراء المطلوب",
                "يُدعى المجلس إلى النظر في هذه الوثيقة.",
                "المراجع",
                "القرار 1305 للمجلس")
            .sections();
    assertEquals(
        List.of(SectionKind.PURPOSE, SectionKind.ACTION_REQUIRED, SectionKind.REFERENCES),
        sections.stream().map(Section::kind).toList());
  }

  @Test
  void russianStudyGroupCoverWithLabels() throws Exception {
    Metadata m =
        read(
                "D22-SG01-C-0321!!MSW-R",
                "Исследовательская комиссия 1\tДокумент SG1/321-R",
                "Пятое собрание: Женева, 20–24 октября 2025 года\t29 сентября 2025 года",
                "\tОригинал: русский",
                "Вопрос 5/1: Электросвязь/ИКТ в сельских и отдаленных районах",
                "ВКЛАД",
                "Источник:\tРеспублика Узбекистан",
                "Название:\tОпыт развития широкополосного доступа в сельских районах",
                "Контактное лицо:\tИмя/организация/объединение: Иван Сидоров, Министерство цифровых"
                    + " технологий",
                "\tЭл. почта: i.sidorov@example.uz",
                "Резюме",
                "В документе описан опыт развития широкополосного доступа.")
            .metadata();
    assertEquals("SG1/321", m.number());
    assertEquals("contribution", m.type());
    assertEquals("Опыт развития широкополосного доступа в сельских районах", m.title());
    assertEquals(List.of("Республика Узбекистан"), m.sources());
    assertEquals("2025-09-29", m.date());
    assertEquals(5, m.meeting());
    assertEquals("2025-10-20", m.meetingDate());
    assertEquals(List.of("5/1"), m.questions());
    assertEquals("Иван Сидоров", m.contacts().get(0).name());
    assertEquals("Министерство цифровых технологий", m.contacts().get(0).organization());
  }

  @Test
  void russianConferenceAddendum() throws Exception {
    Metadata m =
        read(
                "PP22-55-ADD2-R",
                "Полномочная конференция (ПК-22)",
                "Бухарест, 26 сентября – 14 октября 2022 года",
                "ПЛЕНАРНОЕ ЗАСЕДАНИЕ\tДополнительный документ 2",
                "\tк Документу 55-R",
                "\t5 сентября 2022 года",
                "\tОригинал: английский",
                "Государства – Члены Африканского союза электросвязи",
                "ОБЩИЕ ПРЕДЛОЖЕНИЯ ДЛЯ РАБОТЫ КОНФЕРЕНЦИИ",
                "Введение",
                "Предлагается изменить Резолюцию 71.")
            .metadata();
    assertEquals("PP-22/55(Add.2)", m.number());
    assertEquals("Add.2", m.revision());
    assertEquals("conference", m.family());
    assertEquals("PP", m.group());
    assertEquals("2022-09-05", m.date());
    assertEquals("contribution", m.type());
  }

  @Test
  void anAddendumAndTheNumberItAmendsOnOneLineKeepTheDocumentWord() throws Exception {
    Metadata m =
        read(
                "WRC31-12-ADD4-R",
                "ВСЕМИРНАЯ КОНФЕРЕНЦИЯ РАДИОСВЯЗИ (ВКР-31)",
                "ПЛЕНАРНОЕ ЗАСЕДАНИЕ\tДополнительный документ 4 к Документу 12-R",
                "\t3 октября 2031 года",
                "\tОригинал: русский",
                "Администрации нескольких государств",
                "ПРЕДЛОЖЕНИЯ ДЛЯ РАБОТЫ КОНФЕРЕНЦИИ",
                "Введение",
                "Предлагается изменить Резолюцию 12.")
            .metadata();
    assertEquals("WRC-31/12(Add.4)", m.number());
    assertEquals("Add.4", m.revision());
  }

  @Test
  void anEnglishAddendumOnOneLineUnderAConferenceMasthead() throws Exception {
    Metadata m =
        read(
                "PP30-61-ADD1-E",
                "Plenipotentiary Conference (PP-30)",
                "PLENARY MEETING\tAddendum 1 to Document 61-E",
                "\t4 September 2030",
                "\tOriginal: English",
                "Member States of a regional group",
                "COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE",
                "Introduction",
                "It is proposed to modify Resolution 71.")
            .metadata();
    assertEquals("PP-30/61(Add.1)", m.number());
  }

  @Test
  void olderRussianCoversWriteAnAddendumAsDobavlenie() throws Exception {
    Metadata m =
        read(
                "PP06-40-ADD3-R",
                "Полномочная конференция (ПК-06)",
                "Анталья, 6–24 ноября 2006 года",
                "ПЛЕНАРНОЕ ЗАСЕДАНИЕ\tДобавление 3 к",
                "\tДокументу 40-R",
                "\t2 октября 2006 года",
                "\tОригинал: английский",
                "Государства – Члены Азиатско-Тихоокеанского сообщества электросвязи",
                "ОБЩИЕ ПРЕДЛОЖЕНИЯ ДЛЯ РАБОТЫ КОНФЕРЕНЦИИ",
                "Введение",
                "Предлагается изменить Резолюцию 101.")
            .metadata();
    assertEquals("PP-06/40(Add.3)", m.number());
    assertEquals("Add.3", m.revision());
  }

  @Test
  void arabicConferenceAddendumWritesToAsTheLamOfTheDocumentWord() throws Exception {
    Metadata m =
        read(
                "PP14-45-ADD2-A",
                "مؤتمر المندوبين المفوضين (PP-14)",
                "بوسان، 20 أكتوبر - 7 نوفمبر 2014",
                "الجلسة العامة\tالإضافة 2",
                "\tللوثيقة 45-A",
                "\t12 سبتمبر 2014",
                "\tالأصل: بالعربية",
                "المملكة العربية السعودية",
                "مقترحات بشأن أعمال المؤتمر",
                "مقدمة",
                "تقترح المملكة تعديل القرار 101.")
            .metadata();
    assertEquals("PP-14/45(Add.2)", m.number());
    assertEquals("Add.2", m.revision());
    assertEquals("PP", m.group());
    assertEquals("contribution", m.type());
    assertEquals("مقترحات بشأن أعمال المؤتمر", m.title());
    assertEquals(List.of("المملكة العربية السعودية"), m.sources());
    assertEquals("2014-09-12", m.date());
    assertEquals("2014-10-20", m.meetingDate());
  }

  @Test
  void chineseCouncilSessionAndItsDaysAsARange() throws Exception {
    Metadata m =
        read(
                "C13-27-C",
                "理事会2013年会议",
                "日内瓦，2013年6月11-21日\t文件 C13/27-C",
                "\t2013年5月2日",
                "\t原文：中文",
                "中华人民共和国提交的文稿",
                "关于电信发展的建议",
                "目的",
                "本文稿提出建议。")
            .metadata();
    assertEquals("C13/27", m.number());
    assertEquals("2013-05-02", m.date());
    assertEquals("2013-06-11", m.meetingDate());
  }

  @Test
  void aChineseConferenceMastheadWithItsAcronymInFullWidthBrackets() throws Exception {
    Metadata m =
        read(
                "C-PP-proposals",
                "全权代表大会（PP-22）",
                "2022年9月26日-10月14日，布加勒斯特",
                "全体会议\t文件 78-C",
                "\t2022年8月29日",
                "\t原文：中文",
                "中华人民共和国",
                "对大会工作的提案",
                "引言",
                "中国建议修改第140号决议。")
            .metadata();
    assertEquals("PP-22/78", m.number());
    assertEquals("2022-09-26", m.meetingDate());
    assertEquals("conference", m.family());
    assertEquals("PP", m.group());
    Metadata withAgendaItem =
        read(
                "C-WRC-proposals",
                "世界无线电通信大会（WRC-15）",
                "2015年11月2-27日，日内瓦",
                "全体会议\t文件 30-C",
                "\t2015年9月21日",
                "\t原文：中文",
                "中华人民共和国",
                "对大会工作的提案",
                "议项1.1",
                "引言",
                "中国建议修改第223号决议，相关研究结果见ITU-R M.2290号报告。")
            .metadata();
    assertEquals("WRC-15/30", withAgendaItem.number());
    assertEquals("对大会工作的提案", withAgendaItem.title());
    // A Council document whose title names the conference stays the Council's.
    Metadata council =
        read(
                "C10-41-C",
                "理事会2010年会议",
                "日内瓦，2010年4月20-29日\t文件 C10/41-C",
                "\t2010年3月30日",
                "\t原文：中文",
                "中华人民共和国提交的文稿",
                "关于筹备2010年全权代表大会的建议",
                "目的",
                "本文稿提出建议。")
            .metadata();
    assertEquals("council", council.family());
  }

  @Test
  void aChineseTitleMayNameALatinSymbol() throws Exception {
    Metadata m =
        read(
                "C13-28-C",
                "理事会2013年会议",
                "日内瓦，2013年6月11-21日\t文件 C13/28-C",
                "\t2013年5月2日",
                "\t原文：中文",
                "中华人民共和国",
                "对ITU-R第54-1号决议的修改建议",
                "引言",
                "本文稿提出建议。")
            .metadata();
    assertEquals("对ITU-R第54-1号决议的修改建议", m.title());
    assertEquals(List.of("中华人民共和国"), m.sources());
  }

  @Test
  void arabicRevisionOnOneLine() throws Exception {
    Metadata m =
        read(
                "WTDC14-12-R1-A",
                "المؤتمر العالمي لتنمية الاتصالات (WTDC-14)",
                "دبي، 30 مارس - 10 أبريل 2014",
                "الجلسة العامة\tالمراجعة 1 للوثيقة 12-A",
                "\t2 مارس 2014",
                "\tالأصل: بالعربية",
                "جمهورية تونس",
                "مقترحات بشأن أعمال المؤتمر",
                "مقدمة",
                "نص المقترح.")
            .metadata();
    assertEquals("WTDC-14/12(Rev.1)", m.number());
    assertEquals("Rev.1", m.revision());
  }

  @Test
  void spanishConferenceCover() throws Exception {
    Metadata m =
        read(
                "WTDC22-30-S",
                "Conferencia Mundial de Desarrollo de las Telecomunicaciones 2022 (CMDT-22)",
                "Kigali, Rwanda, 6-16 de junio de 2022",
                "SESIÓN PLENARIA\tDocumento 30-S",
                "\t2 de mayo de 2022",
                "\tOriginal: inglés",
                "Estados Miembros de la Telecomunidad Asia-Pacífico",
                "PROPUESTAS PARA LOS TRABAJOS DE LA CONFERENCIA",
                "Introducción",
                "Se proponen modificaciones a la Resolución 37.")
            .metadata();
    assertEquals("WTDC-22/30", m.number());
    assertEquals("conference", m.family());
    assertEquals("WTDC", m.group());
    assertEquals("2022-05-02", m.date());
  }

  @Test
  void agendaItemsAreNotTheCover() throws Exception {
    Metadata m =
        read(
                "CWG-FHR-21-1-E",
                "Council Working Group on Financial and Human Resources\tDocument CWG-FHR-21/1-E",
                "Twenty-first meeting – Geneva, 2 February 2026\t5 January 2026",
                "\tOriginal: English",
                "Chair of the Council Working Group",
                "DRAFT AGENDA",
                "Opening of the meeting",
                "Report of the twentieth meeting (Document CWG-FHR-20/6)",
                "Contributions from Member States (Document CWG-FHR-21/2)",
                "Any other business")
            .metadata();
    assertEquals("CWG-FHR-21/1", m.number());
    assertEquals("agenda", m.type());
    assertEquals("DRAFT AGENDA", m.title());
    assertEquals(List.of("Chair of the Council Working Group"), m.sources());
  }

  @Test
  void russianAndFrenchOrdinalsAndMonthYear() {
    assertEquals(4, Ordinals.valueOf("Четвертое"));
    assertEquals(21, Ordinals.valueOf("Двадцать первое"));
    assertEquals(17, Ordinals.valueOf("Decimoséptima"));
    assertEquals(21, Ordinals.valueOf("vingt et unième"));
    assertEquals("2014-10", Dates.monthYear("Октябрь 2014 г."));
    assertEquals("2019-05-14", Dates.find("14 мая 2019 года"));
    assertEquals(true, Dates.isOnlyDate("14 мая 2019 года"));
  }

  @Test
  void arabicAndChineseDatesAndLabels() {
    assertEquals("2025-05-14", Dates.find("14 مايو 2025"));
    assertEquals("2024-10-03", Dates.find("2024年10月3日"));
    assertEquals(true, Dates.isOnlyDate("2024年10月3日"));
    assertEquals(CoverLabel.SOURCE, CoverLabel.in("来源：中国").label());
    assertEquals("中国", CoverLabel.in("来源：中国").value());
    assertEquals(CoverLabel.TITLE, CoverLabel.in("العنوان: عنوان الوثيقة").label());
  }

  @Test
  void russianHeadingWordsNameTheirKinds() {
    assertEquals(SectionKind.SUMMARY, HeadingKinds.kindOf("Резюме"));
    assertEquals(SectionKind.ACTION_REQUIRED, HeadingKinds.kindOf("Необходимые действия"));
    assertEquals(SectionKind.REFERENCES, HeadingKinds.kindOf("Справочные материалы"));
    assertEquals(SectionKind.INTRODUCTION, HeadingKinds.kindOf("Введение"));
    assertEquals(SectionKind.PROPOSAL, HeadingKinds.kindOf("Предложения"));
    assertEquals(SectionKind.CONCLUSION, HeadingKinds.kindOf("Выводы"));
    assertEquals(SectionKind.ANNEX, HeadingKinds.kindOf("Приложение 1"));
    assertEquals(SectionKind.OTHER, HeadingKinds.kindOf("Текущее положение"));
    assertEquals(SectionKind.INTRODUCTION, HeadingKinds.kindOf("مقدمة"));
    assertEquals(SectionKind.SUMMARY, HeadingKinds.kindOf("الملخص"));
    assertEquals(SectionKind.CONCLUSION, HeadingKinds.kindOf("结论"));
    assertEquals(SectionKind.ANNEX, HeadingKinds.kindOf("附件 1"));
  }

  @Test
  void aRussianMastheadNamesItsStudyGroupInTheGenitiveAfterAnOrdinal() {
    Metadata m =
        CoverOfLines.read(
            "draft.txt",
            "МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ",
            "БЮРО РАЗВИТИЯ ЭЛЕКТРОСВЯЗИ\tПересмотр 2",
            "Документа 2/77-R",
            "3 марта 2031 года",
            "Оригинал: русский",
            "ИССЛЕДОВАТЕЛЬСКИЕ КОМИССИИ МСЭ-D",
            "ПЕРВОЕ СОБРАНИЕ 2-Й ИССЛЕДОВАТЕЛЬСКОЙ КОМИССИИ: ЖЕНЕВА, 10–14 МАРТА 2031 ГОДА",
            "ИСТОЧНИК:\tТестовая Республика",
            "НАЗВАНИЕ:\tОпыт испытаний");
    assertEquals("SG2/77(Rev.2)", m.number());
    assertEquals("SG2", m.group());
  }

  @Test
  void aRussianCouncilSessionWrittenWithItsYearsWordIsTheSessionOverItsDates() throws Exception {
    DocumentStructure s =
        read(
            "council-ru-goda",
            "Совет 2030 года",
            "Виртуальное собрание, 4–13 июня 2030 года\tДокумент C30/71-R",
            "Пункт повестки дня: PL 3\t2 мая 2030 года",
            "\tОригинал: русский",
            "Республика Рурития",
            "ПРЕДЛОЖЕНИЕ О СОКРАЩЕНИИ ОБЪЕМА ДОКУМЕНТОВ",
            "Резюме",
            "В документе предлагается сократить объем документов.",
            "1\tВведение",
            "Документы становятся длиннее с каждым годом.");
    Metadata m = s.metadata();
    assertEquals("C30/71", m.number());
    assertEquals("2030-06-04", m.meetingDate());
  }
}
