package org.cwg.structure;

import org.cwg.model.SectionKind;

/**
 * A paragraph found to be a heading.
 *
 * @param line index of the paragraph among the document's lines
 * @param kind what its section is for
 * @param heading the heading's words, number removed
 * @param number the number as printed, or null
 * @param level 1 for top-level headings
 * @param runIn where the body starts on the heading's own line ("Abstract: This contribution ..."),
 *     or -1 when the body starts on the next line
 */
record Heading(int line, SectionKind kind, String heading, String number, int level, int runIn) {

  Heading(int line, SectionKind kind, String heading, String number, int level) {
    this(line, kind, heading, number, level, -1);
  }

  /**
   * Whether it names a topic of its own ("Activities"), unnumbered, on its own line: not a kind
   * ("References", whose entries follow), under which sub-topics may follow at once.
   */
  boolean isTopic() {
    return number == null && kind == SectionKind.OTHER && runIn < 0;
  }

  /**
   * Whether sub-topics may follow it at once: a topic's heading, or an unnumbered "Discussion",
   * whose section is divided into the topics discussed.
   */
  boolean headsTopics() {
    return isTopic() || number == null && kind == SectionKind.DISCUSSION && runIn < 0;
  }

  /**
   * Definitions and abbreviations are lists of entries ("AAU Active Antenna Unit"): the line under
   * their heading is the first entry, not a sub-heading.
   */
  boolean headsEntries() {
    return kind == SectionKind.DEFINITIONS || kind == SectionKind.ABBREVIATIONS;
  }
}
