package org.cwg.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentReference;

/**
 * The short forms an ITU-T study group's documents use for its own contributions, TDs and liaison
 * statements, as its reports and agendas list them: "C 823", "C 300 R1", "TD 95R9", "LS 12", a TD
 * with where it is filed ("TD 77/1" in Working Party 1, "TD 109/G" general, "TD 178/P" plenary; "TD
 * 0033 WP1"), and lists headed by the kind ("TD/1: 68R1, 69, 71R2"). TDs are numbered in one series
 * per study group and study period, whatever part of it they are filed under, so "TD 77/1" and "TD
 * 77 (WP1/17)" are both {@code SG17-TD77}.
 */
final class StudyGroupForms {

  private static final String SPACE = "[\\s\\u00a0]";

  /**
   * Within a form: no line break, but for a line wrapped after the kind in running text; a kind
   * alone on its line heads a table column ("TD" above the next section's number).
   */
  private static final String GAP = "[ \\u00a0]";

  /** A revision written after a short form: " R1", "R1", "-R1", "(Rev.1)", " Rev.1". */
  private static final String REVISION =
      "(?<rev>"
          + GAP
          + "*\\((?:Rev|Add|Corr)\\."
          + GAP
          + "?\\d{1,2}\\)|"
          + GAP
          + "?-?R\\d{1,2}|"
          + GAP
          + "Rev\\."
          + GAP
          + "?\\d{1,2})?";

  /** Where a TD is filed: "/1" a working party, "/G" general, "/P" plenary. */
  private static final String FILED =
      "(?:/(?:G|P|GEN|PLEN|\\d{1,2})(?![\\w/])|" + GAP + "+WP\\d(?![\\w/]))?";

  /**
   * Never a part of a text ("Annex C 4"), another body's number ("C1-254321") or a TD with its
   * group in brackets ("TD 71 (WP1/17)", a full number), though a bracket naming who submitted it
   * ("C 55 (China Unicom)") is no group; a form may run on into the next one when table cells were
   * joined ("TD 104TD 27").
   */
  static final Pattern SHORT_FORM =
      Pattern.compile(
          "(?:(?<![\\w/.-])|(?<=\\d)(?=TD))(?<!(?i:annex|appendix|part|section|table|figure|clause|attachment|option)"
              + SPACE
              + ")(?<kind>C|TD|LS)(?:"
              + GAP
              + "?|(?<!(?:^|[\\r\\n])(?:C|TD|LS))\\r?\\n)(?<number>\\d{1,4})"
              + REVISION
              + FILED
              // "C1-254321" is another body's document (a 3GPP working group's), not C 1.
              + "(?:(?![\\w/]|\\.\\d|-\\d|"
              + SPACE
              + "*\\([^()\\r\\n]{0,12}/\\d)|(?=TD"
              + GAP
              + "?\\d|C"
              + GAP
              + "\\d))");

  /** A list headed by its kind and where its documents are filed: "TD/G: 109, 110". */
  private static final Pattern KIND_LIST =
      Pattern.compile(
          "(?<![\\w/])(?<kind>TD|C|LS)s?(?:/(?:G|P|GEN|PLEN|\\d{1,2}))?"
              + SPACE
              + "*:"
              + SPACE
              + "*(?=\\d)");

  private static final Pattern LIST_ITEM =
      Pattern.compile(
          "\\G(?:"
              + SPACE
              + "*,"
              + SPACE
              + "*)?(?<number>\\d{1,4})"
              + REVISION
              + "(?![\\w/]|\\.\\d)");

  /**
   * A number written without its hyphens, as file names and titles run them together
   * ("SG2TD280Rev1"), or with a space after its kind ("SG16-LS 210"), a TD with where it is filed
   * ("SG11-TD245/GEN", "SG9-TD88/WP2"), and the liaison statements of ITU-T's vocabulary committee
   * ("SCV-LS34").
   */
  private static final Pattern COMPACT =
      Pattern.compile(
          "(?<![\\w/@-])(?<group>SG(?<sg>\\d{1,2})|TSAG|SCV)-?(?<kind>TD|C|LS)[- \\u00a0]?"
              + "(?<number>\\d{1,4})"
              + "(?<rev>-?R(?:ev\\.?)?\\d{1,2})?(?:/(?:GEN|PLEN|WP\\d{1,2}))?(?![\\w/@])");

  /**
   * A short form with the group it belongs to after it: "TD 512 of TSAG", "C 45 of Study Group 9".
   */
  private static final Pattern OF_GROUP =
      Pattern.compile(
          "(?<![\\w/.-])(?<kind>TD|C|LS)"
              + GAP
              + "?(?<number>\\d{1,4})"
              + REVISION
              + SPACE
              + "+of"
              + SPACE
              + "+(?:the"
              + SPACE
              + "+)?(?:(?<group>TSAG)|SG"
              + SPACE
              + "?(?<sg>\\d{1,2})|Study"
              + SPACE
              + "+Group"
              + SPACE
              + "+(?<study>\\d{1,2}))(?![\\w/])");

  /** A study group named in its own documents: "SG17", "Study Group 17", "Q11/17", "WP1/17". */
  private static final Pattern NAMED_GROUP =
      Pattern.compile(
          "(?<![\\w/])(?:SG"
              + SPACE
              + "?(?<sg>\\d{1,2})|Study"
              + SPACE
              + "+Group"
              + SPACE
              + "+(?<study>\\d{1,2})|(?:Q|Question|WP|Working"
              + SPACE
              + "+Party)"
              + SPACE
              + "?\\d{1,2}/(?<of>\\d{1,2}))(?![\\w/])");

  /** How many times a text must name its study group, and no other as often, to be its. */
  private static final int NAMED_AT_LEAST = 3;

  private StudyGroupForms() {}

  /**
   * The study group whose documents a text is among when its own number does not say: the one it
   * names most, at least {@link #NAMED_AT_LEAST} times and more often than any other; or null.
   */
  static String groupNamedIn(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = NAMED_GROUP.matcher(text);
    while (m.find()) {
      String number = m.group("sg") != null ? m.group("sg") : m.group("study");
      number = number != null ? number : m.group("of");
      counts.merge("SG" + Integer.parseInt(number), 1, Integer::sum);
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> group : counts.entrySet()) {
      if (group.getValue() > bestCount) {
        best = group.getKey();
        bestCount = group.getValue();
        tie = false;
      } else if (group.getValue() == bestCount) {
        tie = true;
      }
    }
    return bestCount >= NAMED_AT_LEAST && !tie ? best : null;
  }

  /**
   * The study group's documents the text names in short forms.
   *
   * @param group the study group, such as {@code SG17}
   * @param own the document's own canonical number, never a reference; or null
   * @param taken whether an offset is inside a number already found in full
   */
  static List<DocumentReference> find(
      String text, String group, String own, Predicate<Integer> taken) {
    List<DocumentReference> found = new ArrayList<>();
    Matcher s = SHORT_FORM.matcher(text);
    while (s.find()) {
      add(found, s.group("kind"), s, group, own, s.group(), s.start(), s.end(), taken);
    }
    Matcher list = KIND_LIST.matcher(text);
    Matcher item = LIST_ITEM.matcher(text);
    while (list.find()) {
      int from = list.end();
      while (MatchAt.offset(item, text, from)) {
        add(
            found,
            list.group("kind"),
            item,
            group,
            own,
            item.group("number") + (item.group("rev") == null ? "" : item.group("rev")),
            item.start("number"),
            item.end(),
            taken);
        from = item.end();
      }
    }
    return found;
  }

  /**
   * Study-group numbers written run together, in any document.
   *
   * @param own the document's own canonical number, never a reference; or null
   * @param taken whether an offset is inside a number already found in full
   */
  static List<DocumentReference> findCompact(String text, String own, Predicate<Integer> taken) {
    List<DocumentReference> found = new ArrayList<>();
    if (!text.contains("SG")
        && !text.contains("TSAG")
        && !text.contains("SCV")
        && !text.contains("Group")) {
      // Every compact form names its group ("SG17", "TSAG", "SCV"); most texts name none.
      return found;
    }
    Matcher of = OF_GROUP.matcher(text);
    while (of.find()) {
      String group =
          of.group("group") != null
              ? of.group("group")
              : "SG"
                  + Integer.parseInt(of.group("sg") != null ? of.group("sg") : of.group("study"));
      add(found, of.group("kind"), of, group, own, of.group(), of.start(), of.end(), taken);
    }
    Matcher m = COMPACT.matcher(text);
    while (m.find()) {
      String group =
          m.group("sg") != null ? "SG" + Integer.parseInt(m.group("sg")) : m.group("group");
      String id =
          group
              + "-"
              + m.group("kind")
              + Integer.parseInt(m.group("number"))
              + revision(m.group("rev"));
      if (!id.equals(own) && !taken.test(m.start())) {
        found.add(new DocumentReference(id, m.group(), m.start(), m.end(), false, null));
      }
    }
    return found;
  }

  private static void add(
      List<DocumentReference> found,
      String kind,
      Matcher form,
      String group,
      String own,
      String written,
      int start,
      int end,
      Predicate<Integer> taken) {
    String id =
        DocumentNumber.canonical(
                kind + Integer.parseInt(form.group("number")) + revision(form.group("rev")), group)
            .orElse(null);
    if (id != null && !id.equals(own) && !taken.test(start)) {
      found.add(new DocumentReference(id, written, start, end, false, null));
    }
  }

  /** A revision as a canonical number writes it: " R1", "-R1" and " Rev.1" are all "(Rev.1)". */
  private static String revision(String written) {
    if (written == null) {
      return "";
    }
    String digits = written.replaceAll("\\D", "");
    String kind = written.contains("Add") ? "Add" : written.contains("Corr") ? "Corr" : "Rev";
    return "(" + kind + "." + Integer.parseInt(digits) + ")";
  }
}
