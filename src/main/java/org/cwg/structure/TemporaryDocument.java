package org.cwg.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Provenance;
import org.cwg.model.Section;

/**
 * An ITU-T temporary document (TD) whose cover leaves its group out, as the TDs made from the
 * Recommendation template do: the number is "Temporary Document ITU-T 74", or a bare "74" in a cell
 * after the kind line "Temporary Document"; the TD's statement of what it holds ("This TD contains
 * the report for Question 11/17 meeting") gives its kind and Questions, and the statement or the
 * first paragraph ("Working Party 1/17 met during the SG17 meeting held in ...") its study group.
 */
final class TemporaryDocument {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern KIND_LINE = Pattern.compile("temporary\\s+document|TD", FLAGS);

  /** "Temporary Document ITU-T 74", "TD 74": the number with its kind, group left out. */
  private static final Pattern WRITTEN_OUT =
      Pattern.compile(
          "(?:temporary\\s+document|TD)\\s+(?:ITU-T\\s+)?(\\d{1,4})(?:\\s*-\\s*[EFSRAC])?", FLAGS);

  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");

  /** How far after the kind line its number cell may be: the cells between are the TD's lead. */
  private static final int NUMBER_WITHIN_CELLS = 4;

  private static final Pattern STATEMENT =
      Pattern.compile(
          "\\bthis\\s+(?:TD|temporary\\s+document|document)\\s+(?:contains|is|presents)\\s+"
              + "(?:the|a|an)\\s+(?:draft\\s+|revised\\s+|updated\\s+)?(?:meeting\\s+)?"
              + "(report|agenda|liaison\\s+statement|LS)\\b([^.\\n]*)",
          FLAGS);

  /** What names an ITU-T study group in running text: its Questions, working parties, meetings. */
  private static final Pattern STUDY_GROUP =
      Pattern.compile(
          "\\bQuestions?\\s+\\d{1,2}/(\\d{1,2})\\b|\\bQ\\d{1,2}/(\\d{1,2})\\b"
              + "|\\bWorking\\s+Party\\s+\\d/(\\d{1,2})\\b|\\bWP\\s?\\d/(\\d{1,2})\\b"
              + "|\\bSG\\s?(\\d{1,2})(?=\\s+meeting\\b)|\\bStudy\\s+Group\\s+(\\d{1,2})\\b",
          FLAGS);

  private static final Pattern QUESTION = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern QUESTIONS_NAMED =
      Pattern.compile(
          "\\bQ(?:uestions?\\s+|(?=\\d))(\\d{1,2}/\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2}/\\d{1,2})*)",
          FLAGS);

  /** Only the start of the first paragraph is the TD speaking of itself. */
  private static final int FIRST_PARAGRAPH = 400;

  private TemporaryDocument() {}

  /**
   * Offers the number, kind, group and Questions of a TD whose cover leaves the group out.
   *
   * @param cover the cover's cells
   * @param sections the document's sections
   */
  static void read(Cover cover, List<Section> sections, MetadataDraft draft) {
    List<String> cells = cover.texts();
    String number = numberOn(cells);
    boolean named = number != null || cells.stream().anyMatch(KIND_LINE.asMatchPredicate());
    if (!named || draft.has(MetadataDraft.NUMBER)) {
      return;
    }
    String front = String.join("\n", cells) + "\n" + frontMatter(sections);
    Matcher statement = STATEMENT.matcher(front);
    boolean stated = statement.find();
    String rule = "cover: ITU-T TD, ";
    if (stated) {
      String kind = statement.group(1).toLowerCase(Locale.ROOT);
      draft.cue(
          TypeEvidence.Cue.CARRIED_KIND,
          kind.startsWith("report") ? "report" : kind.startsWith("agenda") ? "agenda" : "liaison",
          Provenance.COVER,
          rule + "the kind its statement names");
      draft.offer(
          MetadataDraft.QUESTIONS,
          questionsIn(statement.group(2)),
          Provenance.COVER,
          rule + "the Questions its statement names");
    }
    String group = (String) draft.get(MetadataDraft.GROUP);
    if (group == null) {
      group = studyGroupIn(stated ? statement.group(2) : "");
      if (group == null) {
        String first = firstParagraph(sections);
        group = studyGroupIn(first.substring(0, Math.min(first.length(), FIRST_PARAGRAPH)));
      }
      draft.offer(
          MetadataDraft.GROUP,
          group,
          Provenance.TEXT,
          "text: the study group its statement or first paragraph names");
    }
    if (number != null && group != null && group.matches("SG\\d{1,2}|TSAG")) {
      draft.offer(
          MetadataDraft.NUMBER,
          DocumentNumber.canonical("TD " + number, group).orElse(null),
          Provenance.COVER,
          rule + "'Temporary Document' and its number, the group from the text");
    }
    draft.cue(TypeEvidence.Cue.KIND_LINE, "td", Provenance.COVER, rule + "kind line");
  }

  /** The TD's number: written out in one cell, or a bare number a few cells after its kind line. */
  static String numberOn(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      Matcher written = WRITTEN_OUT.matcher(cell);
      if (written.matches()) {
        return written.group(1);
      }
      if (KIND_LINE.matcher(cell).matches()) {
        for (int j = i + 1; j < Math.min(cells.size(), i + 1 + NUMBER_WITHIN_CELLS); j++) {
          String next = cells.get(j).strip();
          if (BARE_NUMBER.matcher(next).matches()) {
            return next;
          }
          if (CoverCells.standsAlone(next)) {
            break;
          }
        }
      }
    }
    return null;
  }

  /** "SG17" from the first mention of a Question, working party or meeting of Study Group 17. */
  static String studyGroupIn(String text) {
    Matcher m = STUDY_GROUP.matcher(text);
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return "SG" + Integer.parseInt(m.group(g));
      }
    }
    return null;
  }

  private static List<String> questionsIn(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher named = QUESTIONS_NAMED.matcher(text);
    while (named.find()) {
      Matcher q = QUESTION.matcher(named.group(1));
      while (q.find()) {
        found.add(Integer.parseInt(q.group(1)) + "/" + Integer.parseInt(q.group(2)));
      }
    }
    return new ArrayList<>(found);
  }

  /** The text of the sections before the first numbered one: the TD's foreword and statement. */
  private static String frontMatter(List<Section> sections) {
    StringBuilder text = new StringBuilder();
    for (Section section : sections) {
      if (section.number() != null) {
        break;
      }
      text.append(section.heading()).append('\n').append(section.text()).append('\n');
    }
    return text.toString();
  }

  private static String firstParagraph(List<Section> sections) {
    for (Section section : sections) {
      if (section.number() != null) {
        return section.text();
      }
    }
    return "";
  }
}
