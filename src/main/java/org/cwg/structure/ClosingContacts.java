package org.cwg.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.cwg.model.Contact;
import org.cwg.model.Provenance;

/**
 * The contact block that ITU-R and ITU-D contributions set at the foot of their last page rather
 * than on the cover: "Contact: Mr ..., organization, e-mail: ...", "Contacto:", "Для контактов:",
 * on one line or as a table; older covers give it in a footnote to the Source line. It is read as a
 * cover's block, and only for a document whose cover names no contact.
 */
final class ClosingContacts {

  private ClosingContacts() {}

  /** The mark of a closing footnote to the Source line, "* Contact: ...". */
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("^\\*{1,3}\\s*");

  /**
   * How many lines before the closing lines a block's label may stand: a contact that PDF text sets
   * one part a line (label, name, an organization over two lines, the address's label) runs on into
   * them.
   */
  private static final int BLOCK_LINES = 5;

  /**
   * Where the closing lines start: at {@code from}, or at the contact label a few lines before it
   * whose block they would otherwise cut, so that the block keeps its label.
   */
  static int start(List<String> texts, int from) {
    for (int at = from - 1; at >= Math.max(0, from - BLOCK_LINES); at--) {
      CoverLabel.Found found = CoverLabel.in(texts.get(at));
      if (found != null && found.label() == CoverLabel.CONTACT) {
        return at;
      }
    }
    return from;
  }

  static void read(List<CoverLine> lines, MetadataDraft draft) {
    Cover closing =
        Cover.of(
            lines.stream()
                .map(
                    line ->
                        new CoverLine(
                            FOOTNOTE_MARK.matcher(line.text()).replaceFirst(""), line.region()))
                .toList());
    List<Cover.Labelled> blocks = closing.values(CoverLabel.CONTACT);
    // A closing line that names a contact without an address is a sentence of the body.
    List<Contact> contacts =
        CoverContacts.read(blocks).stream().filter(contact -> contact.email() != null).toList();
    if (!contacts.isEmpty()) {
      draft.offer(
          MetadataDraft.CONTACTS,
          contacts,
          Provenance.TEXT,
          "closing lines: " + blocks.get(0).where());
    }
  }
}
