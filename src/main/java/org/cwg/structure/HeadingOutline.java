package org.cwg.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cwg.model.SectionKind;

/**
 * The headings a document has shown so far and the levels they leave open: the numbering in force
 * (restarted by each annex), whether the body has begun, and where an unnumbered heading sits
 * against the headings above it. Unnumbered headings take their level from their neighbours, so
 * every rule that finds one asks this outline.
 */
final class HeadingOutline {

  /** The sections of a cover, which leave the document in its front matter. */
  private static final Set<SectionKind> COVER_KINDS =
      EnumSet.of(
          SectionKind.PURPOSE,
          SectionKind.ACTION_REQUIRED,
          SectionKind.REFERENCES,
          SectionKind.SUMMARY,
          SectionKind.ABSTRACT);

  /** The outline depth within which an unnumbered heading may open a level of its own. */
  private static final int USUAL_DEPTH = 3;

  private final List<Heading> found = new ArrayList<>();

  /** The Heading style level of each styled heading found, by its line. */
  private final Map<Integer, Integer> styleLevels = new HashMap<>();

  private final Set<Integer> runInLines = new HashSet<>();

  /** The lines of unnumbered headings known by their shape alone, whose level is provisional. */
  private final Set<Integer> shapeLines = new HashSet<>();

  private Numbering numbering = new Numbering();
  private boolean inBody;

  static boolean isCoverKind(SectionKind kind) {
    return COVER_KINDS.contains(kind);
  }

  /** Adds a heading; a numbered one, or one of a kind covers do not have, starts the body. */
  void add(Heading heading) {
    found.add(heading);
    if (heading.number() != null || !COVER_KINDS.contains(heading.kind())) {
      inBody = true;
    }
  }

  /** The headings found, in order. */
  List<Heading> headings() {
    return found;
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The last heading found, or null before the first. */
  Heading last() {
    return found.isEmpty() ? null : found.get(found.size() - 1);
  }

  /** Whether the last top-level heading is an annex, appendix or attachment: its text is open. */
  boolean inDivision() {
    for (int i = found.size() - 1; i >= 0; i--) {
      if (found.get(i).level() == 1) {
        return HeadingStyles.isAnnexKind(found.get(i).kind());
      }
    }
    return false;
  }

  /** Whether a heading other than the cover's has been found. */
  boolean inBody() {
    return inBody;
  }

  /** The numbering of the body or of the annex in force. */
  Numbering numbering() {
    return numbering;
  }

  /** An annex, appendix or attachment restarts the numbering, one level under its heading. */
  void openDivision(SectionKind kind) {
    numbering = HeadingStyles.isAnnexKind(kind) ? Numbering.inAnnex() : new Numbering();
  }

  /** Remembers the Heading style level of a styled heading's line. */
  void styled(int line, int styleLevel) {
    styleLevels.put(line, styleLevel);
  }

  /** Remembers that a line holds a run-in heading, which its sibling label follows. */
  void runIn(int line) {
    runInLines.add(line);
  }

  /** Remembers that a line holds an unnumbered heading known by its shape alone. */
  void byShape(int line) {
    shapeLines.add(line);
  }

  /**
   * Settles the level of the unnumbered headings known by their shape, once the whole outline is
   * known. Under a numbered clause such a heading is the clause's child, but writers open no level
   * beyond the usual three (or the outline's own depth, when deeper) for an unnumbered heading:
   * there it is the clause's sibling, one more part at the depth the text had reached ("Effects
   * observed" after "2.2.1"). A meeting report's unnumbered headings under a clause of its results
   * ("Liaison statements", "Working documents") are instead parts of the clause the next number
   * closes: after "2.1.2" at level 3 when "2.2" follows and at level 2 when "3" does.
   *
   * @param report whether the document is a meeting report, as its title says
   */
  void settleShapeLevels(boolean report) {
    int depth = USUAL_DEPTH;
    for (Heading h : found) {
      if (h.number() != null && Character.isDigit(h.number().charAt(0))) {
        depth = Math.max(depth, h.level());
      }
    }
    for (int i = 1; i < found.size(); i++) {
      Heading clause = found.get(i - 1);
      if (clause.number() == null || !shapeLines.contains(found.get(i).line())) {
        continue;
      }
      boolean atDepth = clause.level() + 1 > depth;
      boolean partOfResults = report && clause.level() >= 2 && hasLevel(USUAL_DEPTH);
      if (!atDepth && !partOfResults) {
        continue;
      }
      int end = i;
      while (end < found.size() && shapeLines.contains(found.get(end).line())) {
        end++;
      }
      Heading next = end < found.size() ? found.get(end) : null;
      int closing = next != null && next.number() != null ? next.level() : 1;
      int level = report ? Math.min(clause.level(), closing) + 1 : clause.level();
      for (int j = i; j < end; j++) {
        Heading h = found.get(j);
        if (h.level() == clause.level() + 1) {
          found.set(j, new Heading(h.line(), h.kind(), h.heading(), h.number(), level, h.runIn()));
        }
      }
      i = end;
    }
  }

  /** Whether a numbered clause of the body reaches this level. */
  private boolean hasLevel(int level) {
    return found.stream()
        .anyMatch(
            h ->
                h.number() != null
                    && Character.isDigit(h.number().charAt(0))
                    && h.level() >= level);
  }

  /** Whether the last heading is a run-in heading of another kind than the one given. */
  boolean lastIsRunInOtherThan(SectionKind kind) {
    Heading last = last();
    return last != null && runInLines.contains(last.line()) && last.kind() != kind;
  }

  /** Topics sit under the numbered heading that holds them. */
  int topicLevel() {
    for (int i = found.size() - 1; i >= 0; i--) {
      Heading h = found.get(i);
      if (h.number() != null && h.kind() != SectionKind.TOPIC) {
        return h.level() + 1;
      }
    }
    return 1;
  }

  /**
   * One level under the last heading set in a shallower style (or, not styled, at a shallower
   * level): an outline skips no level, so a Heading 3 right under a clause of Heading 1 is its
   * subclause, and the Heading 3 after it its sibling. Under an unnumbered heading that is no
   * annex, it stays beside it: levels come from numbering, so that the outline is the same whether
   * the document is read from Word, text or PDF.
   */
  int underShallowerStyle(int styleLevel) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Heading h = found.get(i);
      if (styleLevels.getOrDefault(h.line(), h.level()) < styleLevel) {
        boolean opensLevel = h.number() != null || HeadingStyles.isAnnexKind(h.kind());
        return opensLevel ? h.level() + 1 : h.level();
      }
    }
    return 1;
  }

  /**
   * One level under the last heading when it is numbered; else the top level. Where the body opened
   * with unnumbered headings beside the numbered clauses ("Background", then "1 ...", "2 ..."), a
   * later unnumbered one stays at the top beside them.
   */
  int underNumberedClause() {
    if (found.isEmpty()) {
      return 1;
    }
    Heading last = last();
    if (last.number() == null) {
      return underNumberedAnnex();
    }
    // An annex's own clauses stay under its heading.
    boolean beside = !HeadingStyles.isAnnexKind(last.kind()) && opensWithUnnumberedHeadings();
    return beside ? 1 : last.level() + 1;
  }

  /**
   * One level under the nearest numbered heading above when it is an annex or attachment, whose
   * unnumbered headings ("Scope", "Abbreviations", "Conclusions") are all its own; else the top.
   */
  private int underNumberedAnnex() {
    for (int i = found.size() - 1; i >= 0; i--) {
      Heading h = found.get(i);
      if (h.number() != null) {
        return HeadingStyles.isAnnexKind(h.kind()) ? h.level() + 1 : 1;
      }
    }
    return 1;
  }

  /**
   * Whether a body heading at the top, unnumbered and none of the cover's, comes before clause 1.
   */
  private boolean opensWithUnnumberedHeadings() {
    for (Heading h : found) {
      if (h.number() != null || HeadingStyles.isAnnexKind(h.kind())) {
        return false;
      }
      if (h.level() == 1 && !COVER_KINDS.contains(h.kind()) && h.kind() != SectionKind.OTHER) {
        return true;
      }
    }
    return false;
  }

  /** One level under the last heading when it is numbered, beside it when not; else the top. */
  int underNumberedOrBeside() {
    if (found.isEmpty()) {
      return 1;
    }
    Heading last = last();
    return last.number() != null ? last.level() + 1 : last.level();
  }

  /** A run-in heading sits one level under the last heading of another kind. */
  int subLevel(SectionKind kind) {
    if (found.isEmpty()) {
      return 1;
    }
    Heading last = last();
    return last.kind() == kind ? last.level() : last.level() + 1;
  }
}
