package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentReference;

/**
 * The numbers a list or range writes after a full number without repeating its group: "Documents
 * CWG-Internet-20/7 and 20/8", "C25/4, 25/5 and 25/6", "PP-22/3 to 22/9". Each keeps the first's
 * group and gives its own meeting and number, as the family writes a document by its meeting and
 * number when the group is plain. Thread-safe.
 */
final class ListedNumbers {

  private static final String WS = "[\\s\\u00a0]";

  /** A number numbered within a meeting: the group, then the meeting and the number. */
  private static final Pattern MEETING_NUMBERED = Pattern.compile("(?<group>.*\\D)\\d{1,3}/\\d+");

  /** The next item: ", 20/8", " and 20/8", ", and 20/8", " to 20/9"; amended perhaps. */
  private static final Pattern NEXT =
      Pattern.compile(
          "\\G(?:"
              + WS
              + "*,"
              + WS
              + "*(?:(?iu:and|or|et|ou|y|o|и)"
              + WS
              + "+)?|"
              + WS
              + "+(?iu:and|or|et|ou|y|o|и|to|à|a|al|до)"
              + WS
              + "+)(?<tail>\\d{1,3}/\\d{1,3}(?:\\((?:Rev|Add|Corr)\\.[\\s\\u00a0]?\\d{1,2}\\))?)"
              + "(?:-[EFSRAC])?(?![\\w/]|\\.\\d)");

  private ListedNumbers() {}

  /**
   * The numbers listed right after a full number, in order; none when the number is not numbered
   * within a meeting.
   *
   * @param first the full number's canonical id
   * @param end where the full number ends in the text
   * @param own the document's own canonical number, never a reference of its own; or null
   */
  static List<DocumentReference> after(String text, String first, int end, String own) {
    List<DocumentReference> found = new ArrayList<>();
    Matcher group = MEETING_NUMBERED.matcher(DocumentNumber.base(first));
    if (!group.matches()) {
      return found;
    }
    String family = DocumentNumber.familyOf(first);
    Matcher next = NEXT.matcher(text);
    for (int at = end; MatchAt.offset(next, text, at); at = next.end()) {
      Optional<String> id =
          DocumentNumber.canonical(group.group("group") + next.group("tail").replaceAll("\\s", ""));
      if (id.isEmpty() || !DocumentNumber.familyOf(id.get()).equals(family)) {
        break;
      }
      ReferenceFinder.addShortForm(
          found, id.get(), own, next.group("tail"), next.start("tail"), next.end());
    }
    return found;
  }
}
