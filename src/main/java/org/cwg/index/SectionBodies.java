package org.cwg.index;

import java.util.ArrayList;
import java.util.List;
import org.cwg.model.Section;

/**
 * Leaves out of the stored record the sections' bodies that the document's stored text already
 * holds, and puts them back on reading. A body is the text between its heading's line and the
 * section's end, stripped; where that rule does not give the body exactly (a heading written over
 * two lines), the body stays in the record, so what is read back is always what was written.
 */
final class SectionBodies {

  private SectionBodies() {}

  /** The sections as stored: each body that {@link #restored} can rebuild is null. */
  static List<Section> elided(List<Section> sections, String text) {
    if (text == null) {
      return sections;
    }
    List<Section> stored = new ArrayList<>(sections.size());
    for (Section section : sections) {
      boolean rebuilt = section.text() != null && section.text().equals(bodyOf(section, text));
      stored.add(rebuilt ? withText(section, null) : section);
    }
    return stored;
  }

  /** The sections as they were before {@link #elided}. */
  static List<Section> restored(List<Section> sections, String text) {
    if (text == null || sections.stream().allMatch(section -> section.text() != null)) {
      return sections;
    }
    List<Section> full = new ArrayList<>(sections.size());
    for (Section section : sections) {
      full.add(section.text() != null ? section : withText(section, bodyOf(section, text)));
    }
    return full;
  }

  /** What the structure stage takes as a section's body: the lines after its heading's line. */
  static String bodyOf(Section section, String text) {
    int end = section.end();
    if (section.start() < 0 || end > text.length() || section.start() > end) {
      return null;
    }
    int headingEnd = text.indexOf('\n', section.start());
    int from = headingEnd < 0 ? text.length() : headingEnd + 1;
    return text.substring(Math.min(from, end), end).strip();
  }

  private static Section withText(Section section, String text) {
    return new Section(
        section.kind(),
        section.heading(),
        section.number(),
        section.level(),
        text,
        section.start(),
        section.end());
  }
}
