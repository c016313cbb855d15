package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * ITU's Arabic and Chinese covers: the meeting's ordinal after its noun in Arabic, a Question's
 * number in its row's label, a contact's parts apart by the script's own comma and its title of
 * address, and the Summary heading under the cover.
 */
class ArabicAndChineseCoverTest {

  @Test
  void arabicOrdinalsFollowTheirNounInEveryForm() {
    assertEquals(2, Ordinals.valueOf("الثاني"));
    assertEquals(1, Ordinals.valueOf("الأولى"));
    assertEquals(11, Ordinals.valueOf("الحادي عشر"));
    assertEquals(12, Ordinals.valueOf("الثانية عشرة"));
    assertEquals(20, Ordinals.valueOf("العشرون"));
    assertEquals(23, Ordinals.valueOf("الثالث والعشرين"));
  }

  @Test
  void anArabicStudyGroupCoverGivesMeetingQuestionAndContact() {
    Metadata m =
        CoverOfLines.read(
            "D14-SG01-C-0077!!MSW-A.docx",
            "الاتحاد الدولي للاتصالات\tمكتب تنمية الاتصالات\tالوثيقة 1/77-A",
            "لجان دراسات قطاع تنمية الاتصالات\t\t3 مايو 2031",
            "الاجتماع الثاني للجنة الدراسات 1: جنيف، 19-23 مايو 2031\t\tالأصل: بالعربية",
            "المسألة 6/1:\tالنفاذ إلى الاتصالات في المناطق النائية",
            "المصدر:\tالمملكة الأردنية الهاشمية",
            "العنوان:\tشبكات النفاذ في القرى النائية",
            "جهة الاتصال:\tالدكتورة سلمى خالد، هيئة تنظيم قطاع الاتصالات، عمّان"
                + "\tالبريد الإلكتروني: salma@example.jo",
            "ملخص",
            "تعرض هذه المساهمة تجربة وطنية في النفاذ إلى الاتصالات في القرى النائية.");
    assertEquals(2, m.meeting());
    assertEquals(List.of("6/1"), m.questions());
    assertEquals(
        List.of(new Contact("سلمى خالد", "هيئة تنظيم قطاع الاتصالات", "salma@example.jo")),
        m.contacts());
  }

  @Test
  void aChineseQuestionRowCarriesItsNumberInTheLabel() {
    Metadata m =
        CoverOfLines.read(
            "D14-SG02-C-0050!!MSW-C.docx",
            "国际电联电信发展部门第2研究组",
            "第三次会议：日内瓦，2031年9月8-12日\t文件 SG2/50-C",
            "\t2031年8月1日",
            "\t原文：中文",
            "课题4/2：\t发展中国家的电子卫生",
            "来源：\t中华人民共和国",
            "标题：\t远程医疗网络的经验",
            "联系人：\t李明先生",
            "某研究院\t电子邮件：liming@example.cn",
            "摘要",
            "本文稿介绍远程医疗网络的经验。");
    assertEquals(3, m.meeting());
    assertEquals("日内瓦", m.place());
    assertEquals(List.of("4/2"), m.questions());
    assertEquals("李明", m.contacts().get(0).name());
  }

  @Test
  void arabicAndChineseSummaryAndProposalsHeadASectionUnderTheCover() {
    assertEquals(true, HeadingKinds.isStandalone("المقترحات"));
    assertEquals(true, HeadingKinds.isStandalone("提案"));
    assertEquals(true, HeadingKinds.isRunIn("ملخص"));
    assertEquals(true, HeadingKinds.isRunIn("摘要"));
  }
}
