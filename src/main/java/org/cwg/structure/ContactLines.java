package org.cwg.structure;

import java.util.List;

/**
 * Where a cover's contact block ends: the lines after its label that still belong to it, its
 * organization, country, Tel and E-mail lines, before the body or a note under the cover.
 */
final class ContactLines {

  /**
   * How many lines a contact block's organization and country take before its Tel or E-mail line: a
   * long name wraps over three lines in a narrow PDF column, the country takes one more.
   */
  static final int CONTACT_LINES = 6;

  private ContactLines() {}

  /**
   * A contact written on its label's line goes on with its organization and country when its Tel or
   * E-mail line follows within a few lines, as PDF text writes a block's lines.
   */
  static boolean goOn(List<Cover.Cell> body, int at) {
    for (int k = at; k < Math.min(body.size(), at + CONTACT_LINES); k++) {
      String text = body.get(k).text();
      if (CoverCells.isContactPart(text)) {
        return true;
      }
      if (wrapsGroupName(body, k)) {
        continue;
      }
      if (CoverLabel.in(text) != null || CoverCells.standsAlone(text)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A contact set out whole in its label's row, as ITU-D covers write it ("Contact:", "Name,
   * Organization", "E-mail: ..." in cells of one text row), ends there like one written on its
   * label's line: a row under it goes on only when its Tel or E-mail line follows, never with a
   * note under the cover. A row with the name alone goes on with the organization under it.
   */
  static boolean endsOnItsRow(List<Cover.Cell> body, int label, int at) {
    Cover.Cell cell = body.get(label);
    if (at <= label + 1
        || cell.origin() == Cover.Origin.TABLE
        || body.get(at - 1).row() != cell.row()
        || body.get(at).row() == cell.row()) {
      return false;
    }
    List<String> row = body.subList(label + 1, at).stream().map(Cover.Cell::text).toList();
    boolean address = row.stream().anyMatch(CoverCells::hasEmail);
    boolean personAndOrganization =
        row.stream().anyMatch(text -> CoverContacts.hasComma(text) && !CoverCells.hasEmail(text));
    return address && personAndOrganization && !goOn(body, at);
  }

  /**
   * An office's group that PDF text wrapped in a narrow column: "Chairman, ITU-D" / "Study Group 1"
   * names one group over two lines, no meeting or masthead line of the cover's own.
   */
  static boolean wrapsGroupName(List<Cover.Cell> body, int at) {
    return at > 0
        && body.get(at - 1).row() != body.get(at).row()
        && GroupOffices.wrapsOver(body.get(at - 1).text(), body.get(at).text());
  }
}
