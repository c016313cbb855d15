package org.cwg.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of text a cover's title names by its first words, when no kind line said it: "REPORT OF
 * THE ... MEETING" and "CHAIR'S REPORT" are reports, "DRAFT AGENDA" and "Revised draft agenda" an
 * agenda, "Liaison statement to ..." and "LS/o on ..." a liaison, "SUMMARY OF THE RESPONSES" a
 * summary, and a conference's "PROPOSALS FOR THE WORK OF THE CONFERENCE", a "PROPOSED REVISION OF
 * ..." or a consultation's "RESPONSE TO ..." a contribution. A meeting's "SUMMARY RECORD" ("compte
 * rendu", "resumen de los debates", "краткий отчёт") or "SUMMARY OF THE FIFTH MEETING" is its
 * minutes, a report.
 */
final class TitleKind {

  /** The summary of a meeting, its record: "SUMMARY OF THE THIRTY-FIFTH MEETING". */
  private static final String MEETING_SUMMARY =
      "summary\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}meeting"
          + "|r[ée]sum[ée]\\s+de\\s+la\\s+(?:[\\p{L}-]+\\s+){0,3}r[ée]union"
          + "|resumen\\s+de\\s+la\\s+(?:[\\p{L}-]+\\s+){0,3}reuni[óo]n";

  private static final Pattern KIND =
      Pattern.compile(
          // Who reports, in the possessive: "CHAIR'S REPORT", "Director's report".
          "(?:\\p{L}[\\p{L}-]*['’]s\\s+)?"
              // A revision of a draft says both: "Revised draft agenda", "Draft revised report".
              + "(?:(?:draft|revised|final|provisional|projet\\s+de|proyecto\\s+de|проект"
              + "|пересмотренн\\p{L}*)\\s+){0,2}"
              // Whose proposals, in up to three words: "ASIA-PACIFIC TELECOMMUNITY COMMON
              // PROPOSALS".
              + "(?:(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?=(?:common\\s+)?proposals))?"
              + "(?:common\\s+|общие\\s+)?"
              // The record of a meeting's debates is its report, though it calls itself a summary.
              + "(?<kind>summary\\s+record|comptes?\\s+rendus?|resumen\\s+de\\s+los\\s+debates"
              + "|"
              + MEETING_SUMMARY
              + "|кратк\\p{L}*\\s+отч[её]т"
              // A chair's "SUMMARY REPORT OF THE ... MEETING" is the meeting's report.
              + "|summary\\s+report"
              + "|report|rapport|informe|agenda|ordre\\s+du\\s+jour|orden\\s+del\\s+d[íi]a"
              + "|liaison\\s+statement|LS|déclaration\\s+de\\s+liaison|declaración\\s+de\\s+enlace"
              + "|summary|résumé|resumen|proposals?|proposed|propositions?|propuestas?|response|réponse"
              + "|respuesta|reply|contribution|contribución"
              // Russian: report, agenda, liaison statement, summary, proposals, reply.
              + "|отч[её]т|повестка\\s+дня|заявление\\s+о\\s+взаимодействии|резюме"
              + "|предложени[ея]|предлагаем\\p{L}*|ответ|вклад)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A meeting's record: "summary record", "compte rendu", "resumen de los debates". */
  private static final Pattern RECORD =
      Pattern.compile(
          "summary\\s+(?:record|of)|compte|r[ée]sum(?:[ée]|en)\\s+de|кратк", Pattern.UNICODE_CASE);

  private TitleKind() {}

  /** Whether the title names the record of a meeting, which is its report whoever issues it. */
  static boolean namesMeetingRecord(String title) {
    Matcher m = title == null ? null : KIND.matcher(title.strip());
    return m != null
        && m.lookingAt()
        && RECORD.matcher(m.group("kind").toLowerCase(java.util.Locale.ROOT)).lookingAt();
  }

  /** The type the title's first words name, or null. */
  static String of(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = KIND.matcher(title.strip());
    if (!m.lookingAt()) {
      return null;
    }
    String kind = m.group("kind").toLowerCase(java.util.Locale.ROOT);
    if (RECORD.matcher(kind).lookingAt()
        || kind.endsWith("report")
        || kind.startsWith("rap")
        || kind.startsWith("rep") && !kind.startsWith("repl")
        || kind.startsWith("inf")
        || kind.startsWith("отч")) {
      return "report";
    }
    if (kind.startsWith("agenda")
        || kind.startsWith("ordre")
        || kind.startsWith("orden")
        || kind.startsWith("повестка")) {
      return "agenda";
    }
    if (kind.equals("ls")
        || kind.contains("liaison")
        || kind.contains("enlace")
        || kind.contains("взаимодейств")) {
      return "liaison";
    }
    if (kind.startsWith("summ")
        || kind.startsWith("rés")
        || kind.startsWith("resu")
        || kind.equals("резюме")) {
      return "summary";
    }
    return "contribution";
  }
}
