package org.cwg.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Questions a cover names, in its "Question(s):" cell or ITU-R's "Subject:" cell: "4/17",
 * "Q4/17", "4, 11/17", or a Question with its revision index as ITU-D and ITU-R number them
 * ("7-3/1": Question 7, third revision, Study Group 1).
 */
final class CoverQuestions {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern QUESTION =
      Pattern.compile(
          "(?<![\\w/])Q?\\.?\\s*(\\d{1,3}(?:-\\d{1,2})?)(?:/(\\d{1,2}))?(?![\\w/])", FLAGS);

  /**
   * A Resolution or a Recommendation named in the Questions row, with its revision in brackets
   * ("Resolution 9 (Rev. Dubai, 2014)"): what the document answers, but no Question of the group.
   */
  private static final Pattern NAMED_TEXT =
      Pattern.compile(
          "(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|резолюци\\p{L}{0,2}"
              + "|recommendations?|recommandations?|recomendaci[óo]n(?:es)?|рекомендаци\\p{L}{0,2})"
              + "\\s+\\S+(?:\\s*\\([^()]*\\))?",
          FLAGS);

  private static final Pattern NO_QUESTION =
      Pattern.compile("(?:n/?a|none|-|–|tbd|all)\\.?", FLAGS);

  /**
   * "All/17", as a study group's agenda or plenary TD names every Question of the group: kept as
   * printed, since it scopes the document to the whole group rather than to no Question.
   */
  private static final Pattern ALL_QUESTIONS =
      Pattern.compile("(?:all|toutes|todas|все)\\s*/\\s*(\\d{1,2})", FLAGS);

  /** ITU-R's "Subject:" label, in ITU's languages; Chinese writes "主题：" with a full-width colon. */
  static final String SUBJECT_LABEL = "(?:subject|objet|asunto|предмет|主题)\\s*[:：]";

  /**
   * Chinese names the Question after the Sector and its number: "主题：ITU-R 229/5号课题" is "Subject:
   * Question ITU-R 229/5".
   */
  private static final Pattern SUBJECT_QUESTIONS_HAN =
      Pattern.compile(
          SUBJECT_LABEL
              + "\\s*(?:ITU|UIT|МСЭ)-R\\s*(?<list>\\d{1,3}(?:-\\d{1,2})?/\\d{1,2}"
              + "(?:\\s*号?\\s*[、，,和及]\\s*\\d{1,3}(?:-\\d{1,2})?/\\d{1,2})*)\\s*号?\\s*课题",
          FLAGS);

  /** ITU-R's "Subject: Question ITU-R 221-1/1" names the Question the text answers. */
  private static final Pattern SUBJECT_QUESTIONS =
      Pattern.compile(
          SUBJECT_LABEL
              + "\\s*(?:questions?|cuesti[óo]n(?:es)?|вопрос\\p{L}{0,2})"
              + "\\s+(?:ITU|UIT|МСЭ)-R"
              + "\\s+(?<list>.+)",
          FLAGS);

  /**
   * A "Subject:" cell that ends before its Question's number: a narrow PDF column wrapped the
   * number on to the next line ("Subject: Question ITU-R" / "229-5/5").
   */
  private static final Pattern SUBJECT_WRAPPED =
      Pattern.compile(
          SUBJECT_LABEL
              + "\\s*(?:questions?|cuesti[óo]n(?:es)?|вопрос\\p{L}{0,2})"
              + "(?:\\s+(?:ITU|UIT|МСЭ)-R)?",
          FLAGS);

  /**
   * An older ITU-R cover names its Question in a line of its own, with no label: "Question ITU-R
   * 229/8", "Questions ITU-R 205/8 and 229/8".
   */
  private static final Pattern QUESTION_LINE =
      Pattern.compile(
          "(?:questions?|cuesti[óo]n(?:es)?|вопрос\\p{L}{0,2})\\s+(?:ITU|UIT|МСЭ)-R\\s+"
              + "(?<list>\\d{1,3}(?:-\\d{1,2})?/\\d{1,2}"
              + "(?:\\s*(?:,|and|et|y|и)\\s*\\d{1,3}(?:-\\d{1,2})?/\\d{1,2})*)",
          FLAGS);

  private CoverQuestions() {}

  /**
   * The Questions of a cell's value, each with its study group: the one written after it or after
   * the last of a list, else {@code studyGroup} (the masthead's, a number; null when unknown).
   */
  static List<String> of(String value, String studyGroup) {
    if (NO_QUESTION.matcher(value.strip()).matches()) {
      return List.of();
    }
    Matcher all = ALL_QUESTIONS.matcher(value.strip());
    if (all.matches()) {
      return List.of("All/" + Integer.parseInt(all.group(1)));
    }
    Set<String> found = new LinkedHashSet<>();
    // "4, 11/17": a list that writes its study group once, after its last Question.
    List<String> waiting = new ArrayList<>();
    Matcher m = QUESTION.matcher(NAMED_TEXT.matcher(value).replaceAll(" "));
    while (m.find()) {
      String question = questionNumber(m.group(1));
      if (m.group(2) != null) {
        String group = String.valueOf(Integer.parseInt(m.group(2)));
        waiting.forEach(earlier -> found.add(earlier + "/" + group));
        waiting.clear();
        found.add(question + "/" + group);
      } else if (studyGroup != null) {
        found.add(question + "/" + studyGroup);
      } else {
        waiting.add(question);
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * The Questions part of a "Subject: Question ITU-R ..." cell or of a line "Question ITU-R ..."
   * alone, or null when it names none.
   */
  static String ofSubject(String cell) {
    Matcher subject = SUBJECT_QUESTIONS.matcher(cell.strip());
    if (subject.matches()) {
      return subject.group("list");
    }
    Matcher han = SUBJECT_QUESTIONS_HAN.matcher(cell.strip());
    if (han.matches()) {
      return han.group("list");
    }
    Matcher line = QUESTION_LINE.matcher(cell.strip());
    return line.matches() ? line.group("list") : null;
  }

  /**
   * The Questions part of the cell at {@code at}, as {@link #ofSubject(String)}; when it is a
   * "Subject:" whose Question's number PDF text wrapped, with the first cell of the next line
   * (after any cell that shares the subject's line, as the date).
   */
  static String ofSubject(List<Cover.Cell> cells, int at) {
    String text = cells.get(at).text();
    if (!SUBJECT_WRAPPED.matcher(text.strip()).matches()) {
      return ofSubject(text);
    }
    int row = cells.get(at).row();
    return cells.stream()
        .skip(at + 1L)
        .filter(c -> c.row() == row + 1)
        .findFirst()
        .map(c -> ofSubject(text.strip() + " " + c.text().strip()))
        .orElse(null);
  }

  private static String questionNumber(String written) {
    int dash = written.indexOf('-');
    return dash < 0
        ? String.valueOf(Integer.parseInt(written))
        : Integer.parseInt(written.substring(0, dash))
            + "-"
            + Integer.parseInt(written.substring(dash + 1));
  }
}
