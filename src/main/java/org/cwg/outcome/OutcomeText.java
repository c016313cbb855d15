package org.cwg.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text an outcome quotes from a report: the paragraphs that name a contribution, and the
 * sentences of a discussion that record a decision or an action.
 */
final class OutcomeText {

  private OutcomeText() {}

  /**
   * Sentences that record what the meeting did: "The contribution was noted", "agreed to", "invited
   * the contributors to submit".
   */
  private static final Pattern DECISION =
      Pattern.compile(
          "(?i)\\b(?:(?:was|were|is|are)\\s+(?:noted|agreed|approved|adopted|endorsed|accepted"
              + "|rejected|deferred|postponed|withdrawn|not\\s+agreed)"
              + "|(?:agreed|decided|concluded)\\s+(?:to|that|on)"
              + "|invited\\s+the\\s+(?:contributors?|authors?|proponents?|Member\\s+States?))\\b");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=\\p{Lu}|\\()");

  /** The lines (paragraphs) of {@code text} that hold a mention. */
  static List<String> linesOf(String text, List<Mention> mentions) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      int end = start + line.length();
      for (Mention m : mentions) {
        if (m.start() < end + 1 && start <= m.start() && !line.isBlank()) {
          lines.add(line.strip());
          break;
        }
      }
      start = end + 1;
    }
    return lines;
  }

  static List<String> nonBlankLines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The sentences of a discussion that record a decision or an action. */
  static List<String> decisionsIn(String discussion) {
    List<String> decisions = new ArrayList<>();
    for (String line : discussion.split("\n")) {
      String body = line.strip().replaceFirst("^(?:[a-z]\\)|\\d+(?:\\.\\d+)*\\.?)\\s*", "");
      for (String sentence : SENTENCE_END.split(body)) {
        if (DECISION.matcher(sentence).find()) {
          decisions.add(sentence.strip());
        }
      }
    }
    return decisions;
  }

  static String join(List<String> texts) {
    List<String> kept = texts.stream().filter(t -> !t.isBlank()).toList();
    return kept.isEmpty() ? null : String.join("\n", kept);
  }
}
