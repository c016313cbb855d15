package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.body;
import static org.cwg.structure.Outlines.cell;
import static org.cwg.structure.Outlines.heading;
import static org.cwg.structure.Outlines.plain;
import static org.cwg.structure.Outlines.word;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese writes 摘要 for both Abstract and Summary: the ITU-T cover's row "摘要：" with its value
 * beside it is the template's Abstract row, whether Word keeps the label in a cell of its own or
 * its text export runs the row into one line, while 摘要 alone over a paragraph is a summary.
 */
class ChineseAbstractRowTest {

  @Test
  void aWordCoverRowLabelledWithAFullWidthColonIsTheAbstract() {
    assertOutline(
        word(
            List.of(
                cell("来源："),
                cell("某国"),
                cell("标题："),
                cell("关于测试方法的研究"),
                cell("摘要："),
                cell("本文稿介绍某国的测试方法，并建议继续研究。"),
                heading("1\t引言", 1),
                body("测试已经完成。"))),
        "abstract|1||摘要",
        "introduction|1|1|引言");
  }

  @Test
  void aPlainTextCoverRowRunInWithItsValueIsTheAbstract() {
    String text =
        """
        来源：\t某国
        标题：\t关于测试方法的研究
        摘要：\t本文稿介绍某国在两年中采用的测试方法和取得的结果，并建议研究组继续研究。
        1\t引言
        测试已经完成。
        """;
    assertOutline(plain(text), "abstract|1||摘要", "introduction|1|1|引言");
  }

  @Test
  void summaryAloneOverAParagraphStaysASummary() {
    String text =
        """
        摘要
        本文稿介绍某国的测试方法。
        1\t引言
        测试已经完成。
        """;
    assertOutline(plain(text), "summary|1||摘要", "introduction|1|1|引言");
  }
}
