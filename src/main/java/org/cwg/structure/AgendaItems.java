package org.cwg.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An agenda's numbered items and the lines that group them. Agendas number their items, perhaps
 * after the code of the body that takes each up ("PL 1.2", "ADM 3" in Council's), and group them
 * under unnumbered lines ("Plenary", a committee's name), set in bold where Word shows it; PDF and
 * plain text show a group's name only by where it stands: right above an item.
 */
final class AgendaItems {

  /** The code of the committee or plenary an agenda item goes to, before its number ("ADM 3"). */
  private static final Pattern ITEM_CODE = Pattern.compile("^\\p{Lu}{2,5}[ \\u00a0]+(?=\\d)");

  /** What a group's name weighs: it heads items, which are its body, however short. */
  static final Set<HeadingScore.Feature> GROUP_FEATURES =
      Set.of(HeadingScore.Feature.HEADS_AGENDA_ITEMS, HeadingScore.Feature.BODY_FOLLOWS);

  private AgendaItems() {}

  /** Whether a line is an agenda's numbered item, its number perhaps after a committee's code. */
  static boolean isItem(String text) {
    String item = ITEM_CODE.matcher(text).replaceFirst("");
    return !Dates.isOnlyDate(item)
        && HeadingNumber.parse(item).stream()
            .anyMatch(number -> number.scheme() == HeadingNumber.Scheme.DECIMAL);
  }

  /**
   * Whether the line names a group of an agenda's items, right above the first of them: no item
   * itself, no title naming the agenda, no line in capitals (a title) and no line of the item above
   * that PDF wrapped ({@code wrapped}), unless that item closed with its documents in brackets.
   */
  static boolean headsGroup(List<Line> lines, int index, WrappedLines wrapped) {
    if (index + 1 >= lines.size() || !isItem(lines.get(index + 1).text())) {
      return false;
    }
    String text = HeadingKinds.tidy(lines.get(index).text());
    return !text.isEmpty()
        && !isItem(text)
        && Character.isLetter(text.charAt(0))
        && !text.equals(text.toUpperCase(Locale.ROOT))
        // A group is named in words: figures and labels are items', dates' and contacts'.
        && text.chars().noneMatch(c -> Character.isDigit(c) || c == ':' || c == '@')
        && !CoverTitleKinds.namesAgenda(text)
        // Column names over numbered rows that end with their documents head a table, no group.
        && !ItemRows.headsRows(lines, index)
        // A line cut mid-phrase goes on below: its last words are no group ("... of the third" /
        // "meeting").
        && (index == 0 || !CoverCells.endsMidPhrase(lines.get(index - 1).text()))
        // An item wrapped at the margin goes on below, however long its last line.
        && (index == 0
            || !wrapped.runsOn(index - 1)
            || closesItsDocuments(lines.get(index - 1).text()));
  }

  /**
   * Whether a line ends with the bracket that closes it, as an agenda item ends with the documents
   * it takes up ("(Document C27/45)"): nothing of the item runs on below it.
   */
  private static boolean closesItsDocuments(String text) {
    String line = text.strip();
    return line.endsWith(")")
        && line.chars().filter(c -> c == '(').count() == line.chars().filter(c -> c == ')').count();
  }
}
