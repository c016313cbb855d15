package org.cwg.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentReference;

/**
 * Finds references to other documents: full numbers in any of their written forms, and the short
 * "Contribution 5" of meeting reports, which means document 5 of the meeting at hand. Thread-safe.
 */
final class ReferenceFinder {

  /**
   * "Contribution 5", "Documents 60": in English and French, and in Spanish ("Contribución 5",
   * "Documentos 60"), never a number of days or pages after the word. Never across a tab, which
   * ends a contents line before its page number ("Discussion of contributions", a tab, "2").
   */
  /** An amendment written right after a number, "(Add.2)", "(Rev.1)", "(Corr.1)". */
  private static final String AMENDMENT =
      "(?<amendment>\\((?:Rev|Add|Corr)\\.[\\s\\u00a0]?\\d{1,2}\\))?";

  static final Pattern SHORT_FORM =
      Pattern.compile(
          "(?<![\\w/-])(?<word>(?iu:Contributions?|Contribuci[oó]n|Contribuciones|Documentos?"
              + "|Documents?)|Документ\\p{L}{0,2})"
              + "(?:[\\s\\u00a0&&[^\\t\\n\\r]]+"
              // On the next line, a number going on to a tab or a capital numbers that line (a
              // table's row or a heading under a column headed "Documents"), not the document; so
              // does a number alone in its cell, which Word's text ends with a line break.
              + "|[\\s\\u00a0&&[^\\t]]*[\\n\\r][\\s\\u00a0&&[^\\t]]*"
              + "(?!\\d{1,3}(?:\\t|[ \\u00a0]+\\p{Lu}|[ \\u00a0]*[\\n\\r]+[ \\u00a0]*\\p{Lu})))"
              + "(?<number>\\d{1,3})"
              + AMENDMENT
              + "(?![\\w/]|\\.\\d)"
              // "the secretariat's documents 21 days before": a quantity, not Document 21; nor is
              // a share, "Council documents 100%" (French sets a space before the sign).
              + "(?![\\s\\u00a0]*%|[\\s\\u00a0]+(?iu:days?|weeks?|months?|years?|hours?|pages?|jours|semaines"
              + "|mois|ans|heures|días|dias|semanas|meses|años|horas|páginas)(?!\\w))");

  /**
   * The next number of a list after "Documents 60": ", 61", " and 62", ", and 63"; amended as the
   * first may be ("Documents 60 and 61(Add.1)").
   */
  private static final Pattern LIST_NEXT =
      Pattern.compile(
          "\\G(?:[\\s\\u00a0]*,[\\s\\u00a0]*(?:(?iu:and|or|et|ou|y|o|и)[\\s\\u00a0]+)?"
              + "|[\\s\\u00a0]+(?iu:and|or|et|ou|y|o|и)[\\s\\u00a0]+)(?<number>\\d{1,3})"
              + AMENDMENT
              + "(?![\\w/]|\\.\\d)");

  /** "Addendum 2 to Document ", "Revisión 1 al Documento ", right before a number. */
  private static final Pattern AMENDMENT_LEAD =
      Pattern.compile(
          "(?<![\\w-])(?<kind>(?iu:Add[eé]ndum|Addenda|Revision|Revisi[oó]n|R[eé]vision"
              + "|Corrigendum|Corrigenda|Дополнительный\\s+документ|Добавление|Пересмотр|Исправление))"
              + "[\\s\\u00a0]+(?<n>\\d{1,2})[\\s\\u00a0]+"
              + "(?iu:to|al|au|du|del|de|к)[\\s\\u00a0]+(?:(?iu:the|la)[\\s\\u00a0]+)?"
              + "(?<word>(?iu:Documento?|Document|Документу)[\\s\\u00a0]+)?$");

  /** Chinese "第55号文件", document 55 of the series at hand. */
  private static final Pattern CHINESE_SHORT_FORM =
      Pattern.compile("第\\s*(?<number>\\d{1,3})\\s*号文件");

  private static final RecommendationFinder RECOMMENDATIONS = new RecommendationFinder();

  /** Study groups and TSAG, whose documents are numbered by kind: SG17-C823, TSAG-TD12. */
  private static final Pattern STUDY_GROUP = Pattern.compile("SG\\d{1,2}|TSAG");

  /**
   * @param ownNumber the document's own number in any spelling, never a reference of its own; or
   *     null
   */
  List<DocumentReference> find(String text, String ownNumber) {
    String own = ownNumber == null ? null : DocumentNumber.canonical(ownNumber).orElse(ownNumber);
    List<DocumentReference> found = new ArrayList<>();
    // Where the text writes its own number: no shorter form found inside it is a reference either
    // ("TD 205" inside "TD 205 Rev.1 (GEN/12)").
    List<DocumentReference> ownWritten = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    for (int from = 0; NumberScanner.findNext(text, m, from); ) {
      if (QuestionNumbers.follows(text, m.start())) {
        // "Cuestión 1-3/1": after the Question word, the Question, never a document.
        from = m.end();
        continue;
      }
      String id = DocumentNumber.canonical(m) + amendmentBefore(text, m.start(), true);
      DocumentReference reference =
          new DocumentReference(id, m.group(), m.start(), m.end(), false, null);
      (id.equals(own) ? ownWritten : found).add(reference);
      from = m.end();
      // "Documents CWG-Internet-20/7 and 20/8": the list goes on without the group.
      for (DocumentReference listed : ListedNumbers.after(text, id, m.end(), own)) {
        found.add(listed);
        from = listed.end();
      }
    }
    List<DocumentReference> shortForms = new ArrayList<>();
    String series = seriesOf(own, found);
    if (series != null) {
      Matcher s = SHORT_FORM.matcher(text);
      Matcher next = LIST_NEXT.matcher(text);
      for (int from = 0; findShortForm(text, s, from); ) {
        String amendment = s.group("amendment");
        addShortForm(
            shortForms,
            series
                + Integer.parseInt(s.group("number"))
                + (amendment == null
                    ? amendmentBefore(text, s.start(), false)
                    : amendment.replaceAll("[\\s\\u00a0]", "")),
            own,
            s.group(),
            s.start(),
            s.end());
        from = s.end();
        // "Documents 60 and 61": each number of the list is a document of the series.
        boolean plural =
            s.group("word").endsWith("s")
                || s.group("word").endsWith("S")
                || s.group("word").matches("(?iu)документ(?:ы|ов|ах|ам)");
        while (plural && MatchAt.offset(next, text, from)) {
          String listedAmendment = next.group("amendment");
          addShortForm(
              shortForms,
              series
                  + Integer.parseInt(next.group("number"))
                  + (listedAmendment == null ? "" : listedAmendment.replaceAll("[\\s\\u00a0]", "")),
              own,
              next.group("number") + (listedAmendment == null ? "" : listedAmendment),
              next.start("number"),
              next.end());
          from = next.end();
        }
      }
    }
    if (series != null) {
      shortForms.addAll(DocumentColumns.find(text, series, own));
    }
    if (series != null && text.contains("号文件")) {
      Matcher chinese = CHINESE_SHORT_FORM.matcher(text);
      while (chinese.find()) {
        addShortForm(
            shortForms,
            series + Integer.parseInt(chinese.group("number")),
            own,
            chinese.group(),
            chinese.start(),
            chinese.end());
      }
    }
    shortForms.addAll(StudyGroupDocuments.find(text, own));
    // A document of unknown number is read in the study group its text keeps naming.
    String group = own == null ? StudyGroupForms.groupNamedIn(text) : DocumentNumber.groupOf(own);
    if (group != null && STUDY_GROUP.matcher(group).matches()) {
      shortForms.addAll(
          StudyGroupForms.find(
              text, group, own, at -> overlaps(found, at) || overlaps(ownWritten, at)));
    }
    shortForms.addAll(
        StudyGroupForms.findCompact(
            text, own, at -> overlaps(found, at) || overlaps(ownWritten, at)));
    shortForms.addAll(
        FocusGroupForms.find(text, own, at -> overlaps(found, at) || overlaps(ownWritten, at)));
    shortForms.addAll(RECOMMENDATIONS.find(text, own));
    if (!shortForms.isEmpty()) {
      found.addAll(shortForms);
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
    return found;
  }

  /**
   * The amendment a lead before a number names, as a canonical number appends it: "Addendum 2 to
   * Document 27" is {@code (Add.2)}, and so are "Addéndum 2 al Documento 27" and "Addendum 2 au
   * Document 27"; "Revision 1 to" is {@code (Rev.1)}. Empty without a lead.
   *
   * @param wordInside whether the number may start after a "Document" word of the lead (a full
   *     number); a short form holds its word itself
   */
  static String amendmentBefore(String text, int start, boolean wordInside) {
    Matcher lead = AMENDMENT_LEAD.matcher(text);
    lead.region(Math.max(0, start - 48), start).useTransparentBounds(true);
    if (!lead.find() || !wordInside && lead.group("word") != null) {
      return "";
    }
    String kind = lead.group("kind").toLowerCase(java.util.Locale.ROOT);
    String abbreviation =
        kind.startsWith("a") || kind.startsWith("д")
            ? "Add"
            : kind.startsWith("c") || kind.startsWith("и") ? "Corr" : "Rev";
    return "(" + abbreviation + "." + Integer.parseInt(lead.group("n")) + ")";
  }

  static void addShortForm(
      List<DocumentReference> shortForms,
      String id,
      String own,
      String written,
      int start,
      int end) {
    if (!id.equals(own)) {
      shortForms.add(new DocumentReference(id, written, start, end, false, null));
    }
  }

  private static boolean overlaps(List<DocumentReference> found, int offset) {
    for (DocumentReference reference : found) {
      if (reference.start() <= offset && offset < reference.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the next short form ("Contribution 5") at or after {@code from}, the same match as {@code
   * shortForm.find(from)}: the pattern is tried only where one of its words starts ("Документ"
   * too), in any case as the pattern reads them.
   */
  static boolean findShortForm(String text, Matcher shortForm, int from) {
    for (int at = from; at < text.length(); at++) {
      // Setting bit 5 lower-cases an ASCII letter and turns no other character into one.
      char lower = (char) (text.charAt(at) | 0x20);
      if ((lower == 'c' && startsWithLetters(text, at, "contribu")
              || lower == 'd' && startsWithLetters(text, at, "document")
              || Character.toLowerCase(text.charAt(at)) == 'д'
                  && text.regionMatches(true, at, "документ", 0, 8))
          && MatchAt.offset(shortForm, text, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has these lower-case ASCII letters at {@code at}, in any ASCII case. */
  private static boolean startsWithLetters(String text, int at, String letters) {
    if (at + letters.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      if ((text.charAt(at + i) | 0x20) != letters.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The meeting's document series, such as {@code CWG-Internet-20/}: the document's own, else the
   * one its references name most (a report refers to its meeting's documents throughout).
   */
  private static String seriesOf(String own, List<DocumentReference> references) {
    if (own != null) {
      return DocumentNumber.canonical(own).isPresent() ? seriesOf(own) : null;
    }
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (DocumentReference reference : references) {
      String series = seriesOf(reference.id());
      if (series == null) {
        continue;
      }
      int count = counts.merge(series, 1, Integer::sum);
      if (best == null || count > counts.get(best)) {
        best = series;
      }
    }
    return best;
  }

  /**
   * The series of a number the family numbers within a meeting or session ({@code
   * CWG-Internet-20/}, {@code C25/}, {@code PP-22/}), or null for the others (study-group
   * contributions, focus-group documents), whose short forms are not "Contribution 5".
   */
  private static String seriesOf(String canonical) {
    String base = DocumentNumber.base(canonical);
    String family = DocumentNumber.familyOf(base);
    boolean numbered =
        family.equals(DocumentNumber.COUNCIL) || family.equals(DocumentNumber.CONFERENCE);
    // An information document or a DT names the main series' documents: in "WTDC-10/INF/5",
    // "Document 4" is WTDC-10/4.
    int slash = base.indexOf('/');
    return numbered && slash > 0 ? base.substring(0, slash + 1) : null;
  }
}
