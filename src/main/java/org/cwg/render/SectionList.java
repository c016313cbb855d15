package org.cwg.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/**
 * Sections as {@code cwg sections} prints them. JSON is the bare array of section objects; each
 * names its document, so the output of {@code --all} needs no other wrapper.
 */
public record SectionList(List<Entry> entries) {

  /**
   * One section.
   *
   * @param kind what the section is for
   * @param heading heading as written, without number
   * @param number number as printed, or null
   * @param level 1 for top level
   * @param text the section's body
   * @param start offset of the heading in the document's text
   * @param end offset where the next heading starts
   * @param document the document it belongs to
   */
  public record Entry(
      String kind,
      String heading,
      String number,
      int level,
      String text,
      int start,
      int end,
      DocumentSummary document) {}

  /** The sections of the documents, only of the given kinds unless {@code kinds} is empty. */
  public static SectionList of(List<DocumentRecord> records, Set<SectionKind> kinds) {
    List<Entry> entries = new ArrayList<>();
    for (DocumentRecord record : records) {
      DocumentSummary ref = DocumentSummary.of(record);
      for (Section s : record.sections()) {
        if (kinds.isEmpty() || kinds.contains(s.kind())) {
          entries.add(
              new Entry(
                  s.kind().id(),
                  s.heading(),
                  s.number(),
                  s.level(),
                  s.text(),
                  s.start(),
                  s.end(),
                  ref));
        }
      }
    }
    return new SectionList(entries);
  }

  @com.fasterxml.jackson.annotation.JsonValue
  public List<Entry> entries() {
    return entries;
  }
}
