package org.cwg.reuse;

import org.cwg.model.DocumentRecord;
import org.cwg.model.Section;

/**
 * The part of a document that text reuse looks at: its text from the first section on. The front
 * matter before it is the cover, a template every document of a meeting fills in the same way
 * (group, meeting, date), which would otherwise pass for a passage shared by all of them.
 */
public final class ReuseText {

  private ReuseText() {}

  public static Words words(DocumentRecord record) {
    int from =
        record.sections().isEmpty()
            ? 0
            : record.sections().stream().mapToInt(Section::start).min().orElse(0);
    return Words.of(record.text(), from);
  }
}
