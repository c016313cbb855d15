package org.cwg.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Section;
import org.cwg.search.DocumentMatches.UnitMatch;
import org.cwg.search.MatchSpans.Span;

/**
 * Carries matches from the text a section or front matter was indexed with over to the document's
 * text. The front matter is the start of the document as it is; a section was indexed as its
 * heading, a line break and its body, each of which is a piece of the document's text.
 */
final class UnitOffsets {

  private UnitOffsets() {}

  /** The matches of a document's units as spans of its text, in text order. */
  static List<Span> inDocument(DocumentRecord record, List<UnitMatch> units) {
    String text = record.text() == null ? "" : record.text();
    List<Span> spans = new ArrayList<>();
    for (UnitMatch unit : units) {
      if (unit.sectionIndex() < 0) {
        spans.addAll(unit.spans());
      } else if (unit.sectionIndex() < record.sections().size()) {
        inSection(text, record.sections().get(unit.sectionIndex()), unit.spans(), spans);
      }
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    return spans;
  }

  private static void inSection(
      String text, Section section, List<Span> unitSpans, List<Span> into) {
    int headingLength = section.heading().length();
    int headingStart = headingStart(text, section);
    int bodyStart = bodyStart(text, section);
    for (Span span : unitSpans) {
      int start = offset(span.start(), false, headingLength, headingStart, bodyStart);
      int end = offset(span.end(), true, headingLength, headingStart, bodyStart);
      if (start >= 0 && end > start && end <= text.length()) {
        into.add(new Span(start, end));
      }
    }
  }

  /** An offset of the section's indexed text in the document's, or -1 when it has none. */
  private static int offset(
      int inUnit, boolean end, int headingLength, int headingStart, int bodyStart) {
    boolean inHeading = inUnit < headingLength || end && inUnit == headingLength;
    if (inHeading) {
      return headingStart < 0 ? -1 : headingStart + inUnit;
    }
    return bodyStart < 0 ? -1 : bodyStart + inUnit - headingLength - 1;
  }

  /** Where the heading is written on its line (after its number), or -1. */
  private static int headingStart(String text, Section section) {
    if (section.heading().isEmpty()) {
      return section.start();
    }
    int lineEnd = text.indexOf('\n', section.start());
    int found = text.indexOf(section.heading(), section.start());
    return found >= 0 && (lineEnd < 0 || found < lineEnd) ? found : -1;
  }

  /** Where the body starts: it runs, stripped, up to the section's end. */
  private static int bodyStart(String text, Section section) {
    String body = section.text();
    int end = Math.min(section.end(), text.length());
    while (end > section.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end - body.length();
    if (start >= section.start() && text.startsWith(body, start)) {
      return start;
    }
    return text.indexOf(body, section.start());
  }
}
