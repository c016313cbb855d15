package org.cwg.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An annex that carries the draft or proposed text of another ITU text ("Annex – Draft revision of
 * Recommendation ITU-R P.1546-4", "Annexe – Projet de révision de la Recommandation ...", "Annex A
 * – Proposed text for clause 7"): its lines are that text's, numbered in that text's own outline
 * ("Annex 2", "1 Introduction", "5.3 ..."), not the contribution's sections.
 */
final class QuotedText {

  /** A drafting word: the annex proposes or revises a text. */
  private static final Pattern DRAFTED =
      Pattern.compile(
          "\\b(?:draft|proposed|revis(?:ion|ed)|modifications?|amendments?|(?:avant-)?projet"
              + "|propos[ée]e?s?|r[ée]vision|proyecto|propuest[oa]s?|revisi[óo]n"
              + "|modificaciones)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The kind of ITU text the annex's words belong to, which carries its own numbering. */
  private static final Pattern TEXT_KIND =
      Pattern.compile(
          "\\b(?:recommendations?|recommandations?|recomendaci[óo]n(?:es)?|reports?|rapports?"
              + "|informes?|resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|questions?"
              + "|handbook|manuel|manual|working\\s+document|document\\s+de\\s+travail"
              + "|documento\\s+de\\s+trabajo|clauses?|sections?|secci[óo]n(?:es)?)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A new text drafted in the annex ("Draft new Report ITU-R M.[IOT]"): it has no outline of its
   * own yet to quote, and its headings are the annex's.
   */
  private static final Pattern NEW_TEXT =
      Pattern.compile(
          "\\b(?:new|nouve(?:au|lle)|nuev[oa])\\s+(?:draft\\s+)?(?:recommendation|report|resolution"
              + "|question|handbook|recommandation|rapport|r[ée]solution|manuel|recomendaci[óo]n"
              + "|informe|resoluci[óo]n|manual|pregunta)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private QuotedText() {}

  /** Whether the open top-level heading is an annex that carries another text's draft. */
  static boolean isOpen(List<Heading> found) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Heading heading = found.get(i);
      if (heading.level() == 1) {
        return HeadingStyles.isAnnexKind(heading.kind())
            && DRAFTED.matcher(heading.heading()).find()
            && TEXT_KIND.matcher(heading.heading()).find()
            && !NEW_TEXT.matcher(heading.heading()).find();
      }
    }
    return false;
  }

  /**
   * Whether a line inside such an annex is the quoted text's own numbered line or bare annex title
   * ("Annex 2"); a titled annex ("Annex 2 – ...") is the contribution's next.
   */
  static boolean isQuotedLine(String text) {
    String line = HeadingKinds.tidy(text).replace('\u00a0', ' ');
    return !HeadingNumber.parse(line).isEmpty()
        || HeadingKinds.isDivision(line) && !HeadingKinds.isTitledAnnex(line);
  }
}
