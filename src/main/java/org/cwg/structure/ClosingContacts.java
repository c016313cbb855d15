package org.cwg.structure;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.model.Provenance;

/**
 * The contact block that ITU-R and ITU-D contributions set at the foot of their last page rather
 * than on the cover: "Contact: Mr ..., organization, e-mail: ...", "Contacto:", "Для контактов:",
 * on one line or as a table. It is read as a cover's block, and only for a document whose cover
 * names no contact.
 */
final class ClosingContacts {

  private ClosingContacts() {}

  static void read(Cover closing, MetadataDraft draft) {
    List<Cover.Labelled> blocks = closing.values(CoverLabel.CONTACT);
    // A closing line that names a contact without an address is a sentence of the body.
    List<Contact> contacts =
        CoverContacts.read(blocks).stream().filter(contact -> contact.email() != null).toList();
    if (!contacts.isEmpty()) {
      draft.offer(
          MetadataDraft.CONTACTS,
          contacts,
          Provenance.TEXT,
          "closing lines: " + blocks.get(0).rule("contact").replaceFirst("^cover: contact ", ""));
    }
  }
}
