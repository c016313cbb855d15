package org.cwg.structure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a document's cover title says of its outline, read before any heading: an agenda's numbered
 * lines are its items, not sections, and a meeting report's unnumbered headings belong to the
 * clause of its results. Only the opening lines are read, where a cover sets its title.
 */
final class CoverTitleKinds {

  /** How far from the top a cover's title line ("DRAFT AGENDA") is looked for. */
  private static final int COVER_LINES = 40;

  /** The longest cover line that may name the document, meeting and dates included. */
  private static final int MAX_TITLE_LINE = 200;

  private static final Pattern AGENDA_WORD =
      Pattern.compile(
          "agenda|ordre\\s+du\\s+jour|orden\\s+del|повестк",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CoverTitleKinds() {}

  /**
   * Whether a title line of the cover names the document an agenda, in any of ITU's languages. A
   * PDF's printed line may be the second half of a longer title.
   */
  static boolean isAgenda(List<Line> lines, boolean pdf) {
    int limit = Math.min(COVER_LINES, lines.size());
    for (int i = 0; i < limit; i++) {
      Line line = lines.get(i);
      if (mentionsAgenda(line.text())
          // A title has no full stop: "Agenda for Sustainable Development." is the end of a
          // sentence PDF wrapped onto its own line.
          && !line.text().strip().endsWith(".")
          && !(pdf && i > 0 && wrapsOnto(lines.get(i - 1)))
          && HeadingKinds.isAgendaTitleLine(HeadingKinds.tidy(line.text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a PDF's line wrapped at a space onto the next, as PDF text writes a line its paragraph
   * goes on from ("... OF THE 2030 " / "AGENDA FOR ..."): a title that starts above is no agenda's.
   */
  private static boolean wrapsOnto(Line line) {
    String raw = line.block().text();
    return raw.endsWith(" ")
        && !raw.isBlank()
        && ".:;!?".indexOf(raw.strip().charAt(raw.strip().length() - 1)) < 0;
  }

  /** Whether a line is a title naming an agenda ("Draft agenda", "Projet d'ordre du jour"). */
  static boolean namesAgenda(String text) {
    return mentionsAgenda(text) && HeadingKinds.isAgendaTitleLine(HeadingKinds.tidy(text));
  }

  /** Whether a title line of the cover names the document a report. */
  static boolean isReport(List<Line> lines) {
    return lines.stream().limit(COVER_LINES).anyMatch(line -> titlesAReport(line.text()));
  }

  /**
   * Whether a short line holds "agenda" (or "ordre du jour", "orden del día", "повестка"), as every
   * agenda title line does: tidying each of the first lines, long paragraphs included, to ask cost
   * more than all the rest.
   */
  private static boolean mentionsAgenda(String text) {
    return text.length() <= MAX_TITLE_LINE && AGENDA_WORD.matcher(text).find();
  }

  /**
   * Whether a cover line is a title naming a report: in capitals, as ITU sets a cover's title
   * ("CHAIR'S REPORT ON THE MEETING OF ..."), or the value of a "Title:" label.
   */
  private static boolean titlesAReport(String text) {
    if (text.length() > MAX_TITLE_LINE) {
      return false;
    }
    CoverLabel.Found labelled = CoverLabel.in(text);
    String title =
        labelled != null && labelled.label() == CoverLabel.TITLE
            ? labelled.value()
            : text.equals(text.toUpperCase(Locale.ROOT)) ? text : null;
    return title != null && "report".equals(TitleKind.of(title));
  }
}
