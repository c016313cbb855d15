package org.cwg.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ITU-D Questions written with their revision and study group, "Question 22-1/1", "Cuestión 1-3/1",
 * "Вопрос 7-3/1": such a number has the shape of an ITU-R joint task group's document ("5-6/12"),
 * and the word before it is what tells them apart.
 */
final class QuestionNumbers {

  private QuestionNumbers() {}

  /** A Question's number with or without its revision: "1-3/1", "22/1". */
  private static final String QUESTION = "\\d{1,2}(?:-\\d{1,2})?/\\d{1,2}";

  /** Between two numbers of a list: ", ", " and ", ", y ", " et ", " и ". */
  private static final String LIST_SEPARATOR =
      "(?:[\\s\\u00a0]*,[\\s\\u00a0]*(?:(?iu:and|or|et|ou|y|o|и)[\\s\\u00a0]+)?"
          + "|[\\s\\u00a0]+(?iu:and|or|et|ou|y|o|и)[\\s\\u00a0]+)";

  /**
   * The Question word in English, French, Spanish and Russian, singular or plural (a cover's
   * "Question(s):" too), and any Questions of its list before the number at the region's end.
   */
  private static final Pattern LEAD =
      Pattern.compile(
          "(?<!\\p{L})(?iu:Questions?|Cuesti[oó]n(?:es)?|Вопрос(?:ы|а|ов|ам|ах)?)"
              + "(?iu:\\((?:s|es|ы)\\))?:?[\\s\\u00a0]+(?:"
              + QUESTION
              + LIST_SEPARATOR
              + ")*$");

  /** How far back the word of a list of Questions is looked for. */
  private static final int REACH = 120;

  /** Whether the number starting at {@code start} follows a Question word, alone or in its list. */
  static boolean follows(String text, int start) {
    Matcher lead = LEAD.matcher(text);
    lead.region(Math.max(0, start - REACH), start).useTransparentBounds(true);
    return lead.find();
  }
}
