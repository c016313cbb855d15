package org.cwg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentReference;

/**
 * The documents of ITU-D's and ITU-R's study groups as their own texts name them, the group before
 * the slash: "Document 2/180" in an ITU-D text is SG2/180, "Document 6/32" in an ITU-R one 6/32.
 * Elsewhere the form means nothing.
 */
final class StudyGroupDocuments {

  /**
   * A study group's documents as its own texts name them, "Document 2/180" or "Documents 1/98 and
   * 1/102", with the study group before the slash: ITU-D's (SG2/180) and ITU-R's (6/32, whose
   * groups are 1 to 11); never without the word, which tells them from Questions ("Question 25/2").
   * An ITU-R study group keeps its temporary documents apart, as its working parties do: 6/TEMP/39.
   */
  private static final Pattern STUDY_GROUP_DOCUMENT =
      Pattern.compile(
          "(?<![\\w/-])(?<word>(?iu:Documents?|Documentos?|Документ\\p{L}{0,2}))[\\s\\u00a0]+"
              + "(?<g>"
              + DocumentNumber.ITU_R_STUDY_GROUP
              + ")/(?<temp>TEMP/)?(?<n>\\d{1,4})(?:-[EFSRAC])?(?![\\w/]|\\.\\d)");

  /** The next number of a list after "Documents 2/201": ", 2/215", " and 2/216". */
  private static final Pattern STUDY_GROUP_DOCUMENT_NEXT =
      Pattern.compile(
          "\\G(?:[\\s\\u00a0]*,[\\s\\u00a0]*(?:(?iu:and|or|et|ou|y|o|и)[\\s\\u00a0]+)?"
              + "|[\\s\\u00a0]+(?iu:and|or|et|ou|y|o|и)[\\s\\u00a0]+)(?<g>"
              + DocumentNumber.ITU_R_STUDY_GROUP
              + ")/(?<temp>TEMP/)?(?<n>\\d{1,4})"
              + "(?:-[EFSRAC])?(?![\\w/]|\\.\\d)");

  /** An ITU-R study group's own document, "6/45": its group (1 to 11) before the slash. */
  private static final Pattern RADIO_STUDY_GROUP_NUMBER =
      Pattern.compile(DocumentNumber.ITU_R_STUDY_GROUP + "/\\d{1,4}(?:\\(.*\\))?");

  /** The conferences and preparatory meetings of ITU-D, whose texts name its study groups' too. */
  private static final Pattern DEVELOPMENT_CONFERENCE = Pattern.compile("WTDC|RPM-.*");

  /**
   * The conferences and preparatory meetings of ITU-R, the regional conferences (RRC) among them.
   */
  private static final Pattern RADIO_CONFERENCE = Pattern.compile("WRC|RRC|RA|CPM");

  private StudyGroupDocuments() {}

  /**
   * The study-group documents the text names, when its own number is of ITU-D or ITU-R, or of one
   * of their conferences.
   */
  static List<DocumentReference> find(String text, String own) {
    if (own == null) {
      return List.of();
    }
    String family = DocumentNumber.familyOf(own);
    String group = String.valueOf(DocumentNumber.groupOf(own));
    if (family.equals(DocumentNumber.ITU_D)
        || family.equals(DocumentNumber.CONFERENCE)
            && DEVELOPMENT_CONFERENCE.matcher(group).matches()) {
      return find(text, own, "SG", 2);
    }
    if (family.equals(DocumentNumber.ITU_R)
        || family.equals(DocumentNumber.CONFERENCE) && RADIO_CONFERENCE.matcher(group).matches()
        || RADIO_STUDY_GROUP_NUMBER.matcher(own).matches()) {
      List<DocumentReference> found = new ArrayList<>(find(text, own, "", 11));
      // A list of the group's documents names them in a column headed "Document": "6/162".
      found.addAll(DocumentColumns.find(text, null, own));
      return found;
    }
    return List.of();
  }

  /**
   * The study-group documents a sector's text names as "Document 2/180": {@code prefix} before the
   * group in their numbers ("SG" in ITU-D's), whose groups go up to {@code lastGroup}.
   */
  private static List<DocumentReference> find(
      String text, String own, String prefix, int lastGroup) {
    List<DocumentReference> found = new ArrayList<>();
    Matcher m = STUDY_GROUP_DOCUMENT.matcher(text);
    Matcher next = STUDY_GROUP_DOCUMENT_NEXT.matcher(text);
    int from = 0;
    while (m.find(from)) {
      from = m.end();
      // Only ITU-R's study groups, whose numbers have no prefix, keep a TEMP series.
      if (Integer.parseInt(m.group("g")) > lastGroup
          || m.group("temp") != null && !prefix.isEmpty()) {
        continue;
      }
      ReferenceFinder.addShortForm(
          found,
          prefix
              + m.group("g")
              + "/"
              + temp(m)
              + Integer.parseInt(m.group("n"))
              + ReferenceFinder.amendmentBefore(text, m.start(), false),
          own,
          m.group(),
          m.start(),
          m.end());
      while (MatchAt.offset(next, text, from)
          && Integer.parseInt(next.group("g")) <= lastGroup
          && (next.group("temp") == null || prefix.isEmpty())) {
        ReferenceFinder.addShortForm(
            found,
            prefix + next.group("g") + "/" + temp(next) + Integer.parseInt(next.group("n")),
            own,
            next.group("g") + "/" + temp(next) + next.group("n"),
            next.start("g"),
            next.end());
        from = next.end();
      }
    }
    return found;
  }

  /** "TEMP/" when the number is of the group's temporary series, else nothing. */
  private static String temp(Matcher m) {
    return m.group("temp") == null ? "" : "TEMP/";
  }
}
