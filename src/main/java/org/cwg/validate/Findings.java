package org.cwg.validate;

import java.util.ArrayList;
import java.util.List;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/** Collects the findings of one file, dropping disabled rules and applying severities. */
final class Findings {

  private static final int MAX_HEADING = 40;

  private final RuleSettings settings;
  private final List<Finding> found = new ArrayList<>();

  Findings(RuleSettings settings) {
    this.settings = settings;
  }

  boolean wants(Rule rule) {
    return settings.isEnabled(rule);
  }

  void add(Rule rule, String message, String location, SectionKind section) {
    if (settings.isEnabled(rule)) {
      found.add(
          new Finding(
              rule,
              settings.severityOf(rule),
              message,
              location,
              section == null ? null : section.id()));
    }
  }

  List<Finding> list() {
    return List.copyOf(found);
  }

  /** {@code section 2 (Proposal)}, or {@code section "Purpose"} when it has no number. */
  static String placeOf(Section section) {
    String heading = section.heading() == null ? "" : section.heading().strip();
    if (heading.length() > MAX_HEADING) {
      heading = heading.substring(0, MAX_HEADING - 1) + "…";
    }
    return section.number() == null
        ? "section \"" + heading + "\""
        : "section " + section.number() + " (" + heading + ")";
  }
}
