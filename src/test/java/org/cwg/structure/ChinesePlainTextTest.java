package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.Metadata;
import org.cwg.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese texts saved as plain text: their words are written without spaces and their sentences end
 * with full-width marks, so a two-character heading alone on a line heads the paragraph after it;
 * an ITU-R cover names its Question after the Sector ("ITU-R 1/5号课题") and its title under the
 * source line, above the contact's rows.
 */
class ChinesePlainTextTest {

  @TempDir Path dir;

  @Test
  void shortUnnumberedHeadingsBetweenParagraphs() throws Exception {
    DocumentStructure s =
        WordTextExport.read(
            dir,
            "C-body",
            "理事会",
            "日内瓦 — 2001年会议",
            "（2001年6月18-27日）\t文件 C01/45-C",
            "2001年5月30日",
            "原文：中文",
            "中华人民共和国的文稿",
            "关于财务规则的意见",
            "摘要",
            "本文稿就财务规则提出意见。",
            "背景",
            "财务规则于前一届会议修订，本文稿审视其执行情况。",
            "看法",
            "执行情况总体良好，但报告周期过长。",
            "中国建议理事会：",
            "- 缩短报告周期；",
            "- 审议执行情况。");
    assertEquals(List.of("摘要", "背景", "看法"), s.sections().stream().map(Section::heading).toList());
  }

  @Test
  void anItuRCoverNamesItsQuestionAndTitleAboveTheContact() throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "R-cover",
                "国际电信联盟",
                "无线电通信研究组\t",
                "收到日期：2031年3月2日\t\t文件 4B/77-C",
                "主题：ITU-R 12/4号课题\t\t2031年3月9日",
                "\t\t原文：中文",
                "中华人民共和国",
                "关于IMT-2030卫星部分的研究",
                "联系人：\t李明",
                "某研究院\t电子邮件：liming@example.cn",
                "1\t引言",
                "本文稿介绍研究进展。")
            .metadata();
    assertEquals(List.of("12/4"), m.questions());
    assertEquals("关于IMT-2030卫星部分的研究", m.title());
  }
}
