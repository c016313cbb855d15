package org.cwg.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.parse.Block;

/**
 * A cover as labelled cells. Word tables come as one cell per paragraph; Word's plain-text export
 * writes a row's cells on one line separated by tabs, and PDF text separates columns by runs of
 * spaces: both are cut into cells. A cell that starts with a {@link CoverLabel} holds a label; its
 * value is the rest of the cell, or else the cells after it, up to the next label or the next cell
 * that is something else of its own (a number, a kind line, place and date).
 */
final class Cover {

  /** Where a cell came from, for the rule that names it. */
  enum Origin {
    TABLE("table"),
    TEXT("text"),
    MARGIN("page header");

    final String written;

    Origin(String written) {
      this.written = written;
    }
  }

  /**
   * One cell.
   *
   * @param text the cell's text
   * @param row the cover line it came from
   * @param origin where it came from
   */
  record Cell(String text, int row, Origin origin) {}

  /**
   * A label and its value.
   *
   * @param label the label
   * @param cells the value's cells, in order
   * @param inline whether the value was in the label's own cell
   * @param origin where the label was
   */
  record Labelled(CoverLabel label, List<String> cells, boolean inline, Origin origin) {

    String value() {
      return String.join(" ", cells);
    }

    /** The rule that found the value, for {@code show}. */
    String rule(String grammar) {
      return "cover: " + grammar + " " + where();
    }

    /** Where the value was: "table, cell after 'Contact:'". */
    String where() {
      return origin.written + ", " + (inline ? "after '" : "cell after '") + label.written() + ":'";
    }
  }

  /** Values longer than this many cells are the cover's end, not a value. */
  private static final int MAX_VALUE_CELLS = 12;

  private final List<Cell> cells = new ArrayList<>();
  private final Map<CoverLabel, List<Labelled>> labelled = new EnumMap<>(CoverLabel.class);

  private Cover() {}

  static Cover of(List<CoverLine> written) {
    List<CoverLine> lines = WrappedCoverLines.join(written);
    Cover cover = new Cover();
    for (int row = 0; row < lines.size(); row++) {
      CoverLine line = lines.get(row);
      Origin origin =
          switch (line.region()) {
            case TABLE -> Origin.TABLE;
            case HEADER, FOOTER -> Origin.MARGIN;
            default -> Origin.TEXT;
          };
      for (String part : CoverRowCells.of(line.text())) {
        cover.cells.add(new Cell(part, row, origin));
      }
    }
    cover.label();
    return cover;
  }

  /** Cells of the body and tables, page headers left out. */
  List<Cell> cells() {
    return cells.stream().filter(c -> c.origin() != Origin.MARGIN).toList();
  }

  /** Every cell, page headers included. */
  List<Cell> allCells() {
    return cells;
  }

  /** The values of a label, in order; empty when the cover does not have it. */
  List<Labelled> values(CoverLabel label) {
    return labelled.getOrDefault(label, List.of());
  }

  Labelled first(CoverLabel label) {
    List<Labelled> found = values(label);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Whether a cell is taken by a label or its value. */
  boolean isLabelled(Cell cell) {
    return taken.contains(cell);
  }

  private final List<Cell> taken = new ArrayList<>();

  private void label() {
    List<Cell> body = cells();
    SourceLines sourceLines = new SourceLines(body);
    for (int i = 0; i < body.size(); i++) {
      Cell cell = body.get(i);
      CoverLabel.Found found = CoverLabel.in(cell.text());
      if (found == null) {
        continue;
      }
      taken.add(cell);
      List<String> value = new ArrayList<>();
      boolean inline = !found.value().isEmpty();
      if (inline) {
        value.add(found.value());
      }
      int j = i + 1;
      // An inline value continues on the next cells only in a table or a contact block,
      // where a cell holds one line of a longer value.
      // A Purpose (or ITU-R's "Objet: Question ...") written on its label's line is one line.
      boolean continues =
          !inline
              || cell.origin() == Origin.TABLE && found.label() != CoverLabel.PURPOSE
              || found.label() == CoverLabel.CONTACT
              || found.label() == CoverLabel.TITLE
              || found.label() == CoverLabel.SOURCE;
      // A bracket that a narrow cell wrapped goes on with any value: "Approval: ... Group" /
      // "(30 July 2020)" is no date line of the cover's own; nor is the rest of a value cut after
      // a comma: "Approval: Agreed at the meeting, Kyoto," / "May 2004".
      if (!continues && j < body.size() && wrappedRest(body, j, cell, value.get(0))) {
        value.set(0, value.get(0) + " " + body.get(j).text());
        taken.add(body.get(j));
        j++;
      }
      while (continues && j < body.size() && value.size() < MAX_VALUE_CELLS) {
        Cell next = body.get(j);
        // A contact written on its label's line goes on only with its Tel and E-mail lines.
        if (inline
            && cell.origin() != Origin.TABLE
            && next.row() != cell.row()
            && !(found.label() == CoverLabel.CONTACT
                ? ContactLines.goOn(body, j)
                : wrapsOn(body, j, next)
                    && (found.label() != CoverLabel.SOURCE
                        || sourceLines.wrapsOnto(value, next.text())
                        || SourceLines.isNextMemberState(value, next.text())
                        || sourceLines.isNextBody(value, next.text(), lineAfter(body, j))
                        || sourceLines.startsAfterALineEndedShort(value, next.text())))) {
          break;
        }
        if (found.label() == CoverLabel.CONTACT && ContactLines.endsOnItsRow(body, i, j)) {
          break;
        }
        // A date in the next cell of a row is the cover's date, not the rest of "Subject:".
        if (CoverLabel.in(next.text()) != null
            || CoverCells.standsAlone(next.text())
                && !namesItsMeeting(found, value, cell, next)
                && !goesOnInLowerCase(found, value, next)
                && !namesItsSender(found, value, cell, next)
                && !wrapsWhatItNames(found, value, body, j)
                && !(found.label() == CoverLabel.CONTACT && ContactLines.wrapsGroupName(body, j))
            || !value.isEmpty() && Dates.isOnlyDate(next.text())
            || (inline && next.row() == cell.row() && found.label() != CoverLabel.CONTACT)) {
          break;
        }
        if (next.origin() != cell.origin() && cell.origin() == Origin.TABLE) {
          break;
        }
        // A title, a source or a contact is never a sentence of running text: that is the body
        // beginning (or a note under the cover), whole on its line even where a number in it was
        // cut off as a cell of its own. A contact's run-in line ends in its address.
        if ((found.label() == CoverLabel.TITLE
                || found.label() == CoverLabel.SOURCE
                || found.label() == CoverLabel.CONTACT && !CoverCells.hasEmail(lineFrom(body, j)))
            && !value.isEmpty()
            && RUNNING_SENTENCE.matcher(lineFrom(body, j)).matches()) {
          break;
        }
        if (found.label() == CoverLabel.TITLE
            && (isWiderThanItsColumn(value, next.text()) || endsInItsMeeting(value))) {
          break;
        }
        // A cover with a Source row and no Title row sets its title in capitals on the next row.
        if (found.label() == CoverLabel.SOURCE
            && !value.isEmpty()
            && next.row() != cell.row()
            && CoverCells.isTitleInCapitals(next.text())
            && !CoverCells.isTitleInCapitals(value.get(value.size() - 1))) {
          break;
        }
        // A source's line that wrapped in running text is the rest of the line before.
        if (inline
                && found.label() == CoverLabel.SOURCE
                && cell.origin() != Origin.TABLE
                && next.row() != cell.row()
                && sourceLines.wrapsOnto(value, next.text())
            || goesOnInLowerCase(found, value, next)
            || wrapsWhatItNames(found, value, body, j)) {
          value.set(value.size() - 1, value.get(value.size() - 1) + " " + next.text());
        } else {
          value.add(next.text());
        }
        taken.add(next);
        j++;
      }
      if (!value.isEmpty()) {
        labelled
            .computeIfAbsent(found.label(), l -> new ArrayList<>())
            .add(new Labelled(found.label(), value, inline, cell.origin()));
      }
    }
  }

  /** "Source: | Study Group 5" names the group that sends it, not the masthead's line. */
  private static boolean namesItsSender(
      CoverLabel.Found found, List<String> value, Cell cell, Cell next) {
    return found.label() == CoverLabel.SOURCE
        && value.isEmpty()
        && (next.row() == cell.row() || cell.origin() == Origin.TABLE)
        && CoverCells.isStudyGroupName(next.text());
  }

  /**
   * A title may end in its meeting's place and dates ("Report of the meeting for Question 3/1,
   * Geneva, 8 April 2019"): in the cell right after its label (on its line, or in a table the next
   * cell), or on the line its comma wrapped.
   */
  private static boolean namesItsMeeting(
      CoverLabel.Found found, List<String> value, Cell label, Cell next) {
    if (found.label() != CoverLabel.TITLE || CoverCells.placeAndDate(next.text()) == null) {
      return false;
    }
    return value.isEmpty()
        ? next.row() == label.row() || label.origin() == Origin.TABLE
        : CoverCells.endsMidPhrase(value.get(value.size() - 1));
  }

  /** A title cut mid-phrase or set in capitals goes on with what it names: see CoverTitleLines. */
  private static boolean wrapsWhatItNames(
      CoverLabel.Found found, List<String> value, List<Cell> body, int at) {
    return found.label() == CoverLabel.TITLE
        && !value.isEmpty()
        && CoverTitleLines.wrapsWhatItNames(
            value.get(value.size() - 1), body.get(at).text(), lineAfter(body, at));
  }

  /**
   * A masthead sets its words in capitals above the labels: the same words in lower case under a
   * title or a source are the rest of the value's line, which PDF text wrapped ("... for the
   * 2018-2021" / "study period").
   */
  private static boolean goesOnInLowerCase(CoverLabel.Found found, List<String> value, Cell next) {
    String text = next.text().strip();
    return (found.label() == CoverLabel.TITLE || found.label() == CoverLabel.SOURCE)
        && !value.isEmpty()
        && !text.isEmpty()
        && Character.isLowerCase(text.codePointAt(0))
        && CoverCells.isMasthead(text);
  }

  private static final Pattern BRACKET = Pattern.compile("\\([^()]*\\)");

  /** The rest of an inline value a narrow cell wrapped: a bracket, or what follows a comma. */
  private static boolean wrappedRest(List<Cell> body, int at, Cell label, String value) {
    Cell next = body.get(at);
    return label.origin() != Origin.TABLE
        && next.row() == label.row() + 1
        && (BRACKET.matcher(next.text().strip()).matches()
            || value.stripTrailing().endsWith(",") && CoverLabel.in(next.text()) == null)
        && wrapsOn(body, at, next);
  }

  /** A line of the body runs the page's width, which no line of a cover's cell reaches. */
  private static final int BODY_LINE = 80;

  /**
   * A title wrapped over two lines or more shows its column's width: a line half as wide again is
   * the body's first, which PDF text sets right under it ("... villes" / "intelligentes et
   * durables" / "La Commission d'études 20 ... remercie la").
   */
  private static boolean isWiderThanItsColumn(List<String> value, String next) {
    int column = value.stream().mapToInt(String::length).max().orElse(0);
    return value.size() >= 2 && next.length() > BODY_LINE && next.length() * 2 > column * 3
        || value.size() == 1 && next.length() > BODY_LINE && didNotWrap(value.get(0), next);
  }

  /**
   * A title on one line, with room left on it for the next line's first word, did not wrap: a
   * longer line under it is the body's first ("Liaison statement on ..." / "Study Group 13 thanks
   * ... on Question"). Proportional type sets a line up to a third wider than its characters count.
   */
  private static boolean didNotWrap(String line, String next) {
    String text = next.strip();
    int room = line.strip().length() + 1 + text.split("\\s+", 2)[0].length();
    return text.length() * 3 > room * 4;
  }

  /** The text of the next line when it is one cell, for a name wrapped over two lines; or null. */
  private static String lineAfter(List<Cell> body, int at) {
    int k = at + 1;
    boolean alone = k + 1 >= body.size() || body.get(k + 1).row() != body.get(k).row();
    return k < body.size() && body.get(k).row() == body.get(at).row() + 1 && alone
        ? body.get(k).text()
        : null;
  }

  /**
   * A report's title closes on its meeting's place and dates in brackets: "... for Question 2/1
   * (Geneva, 8 April 2019)" is whole, and the line under it is the body's first heading.
   */
  private static boolean endsInItsMeeting(List<String> value) {
    if (value.isEmpty()) {
      return false;
    }
    String last = value.get(value.size() - 1).stripTrailing();
    Matcher meeting = CoverTitleLines.MEETING_IN_BRACKETS.matcher(last);
    while (meeting.find()) {
      if (meeting.end() == last.length()) {
        return true;
      }
    }
    return false;
  }

  /** The text of a cell and the cells after it on its line. */
  private static String lineFrom(List<Cell> body, int at) {
    StringBuilder line = new StringBuilder(body.get(at).text().strip());
    for (int k = at + 1; k < body.size() && body.get(k).row() == body.get(at).row(); k++) {
      line.append(' ').append(body.get(k).text().strip());
    }
    return line.toString();
  }

  /** A sentence of running text: a dozen words or more, ending in a full stop. */
  private static final Pattern RUNNING_SENTENCE = Pattern.compile("(?:\\S+\\s+){11,}\\S*\\.");

  /** A title wrapped in PDF text goes on alone on its next line, in the same sentence. */
  private static boolean wrapsOn(List<Cell> body, int at, Cell next) {
    boolean aloneOnItsRow =
        (at + 1 >= body.size() || body.get(at + 1).row() != next.row())
            && (at == 0 || body.get(at - 1).row() != next.row());
    return aloneOnItsRow
        && next.row() == body.get(at - 1).row() + 1
        && next.text().length() < 120
        // A period that closes a company's legal form ("S.p.A.", "Ltd.") ends a name, not a
        // sentence.
        && (!next.text().endsWith(".")
            || ENDS_IN_ABBREVIATION.matcher(next.text()).find()
            || SourceParts.hasLegalForm(next.text().strip()));
  }

  /**
   * A company's form closes a wrapped list of sources ("...; Example Networks Co., Ltd."): a period
   * after a short capitalised word ends the name, not a sentence.
   */
  private static final Pattern ENDS_IN_ABBREVIATION =
      Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{L}{0,3}\\.$");

  /**
   * The texts of the cells no label took, in order, for the line grammar of Council covers: a
   * liaison's "Deadline:" date is not the document's date.
   */
  List<String> unlabelledTexts() {
    return cells().stream().filter(c -> !taken.contains(c)).map(Cell::text).toList();
  }

  /** The texts of the cells, in order, for the line grammar of Council covers. */
  List<String> texts() {
    return cells().stream().map(Cell::text).toList();
  }

  static boolean isTable(Block.Region region) {
    return region == Block.Region.TABLE;
  }
}
