package org.cwg.structure;

/**
 * A table's row of figures as plain text and PDF text give it, its cells run together on one line:
 * "Satellite filings\t4 000 000\t1 150 000", "Publications 2 500 000 2 310 000". The line above
 * such a row is the table's header row ("Product Planned (CHF) Received (CHF)"), never a heading.
 */
final class TableRows {

  /** A row fits a line; a longer one ending in figures is a paragraph PDF wrapped mid-amount. */
  private static final int MAX_ROW = 80;

  private TableRows() {}

  /**
   * Whether the line is a label followed by two figures or more, not all of them years ("2024 2025"
   * may head columns; a year alone is no amount).
   */
  static boolean isRowOfFigures(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > MAX_ROW || text.endsWith(".")) {
      return false;
    }
    String[] tokens = text.split("[\\s\\u00a0\\u202f]+");
    int figures = 0;
    boolean amount = false;
    for (int i = tokens.length - 1; i > 0 && isFigure(tokens[i]); i--) {
      figures++;
      amount |= !tokens[i].matches("(?:19|20)\\d{2}");
    }
    boolean labelled = tokens[0].codePoints().anyMatch(Character::isLetter);
    return labelled && figures >= 2 && amount;
  }

  private static boolean isFigure(String token) {
    return token.matches("\\d[\\d.,']*%?");
  }
}
