package org.cwg.validate;

import java.util.List;
import java.util.regex.Pattern;
import org.cwg.model.Section;

/** The sections the document type requires are there, in their usual order, and not empty. */
final class SectionCheck {

  private SectionCheck() {}

  static void run(
      CheckedDocument doc,
      DocumentProfile profile,
      CoverLines cover,
      RuleSettings settings,
      Findings findings) {
    List<RequiredSection> required = settings.requiredSectionsFor(profile.family(), profile.type());
    List<Section> sections = doc.record().sections();
    int latestIndex = -1;
    Section latest = null;
    for (RequiredSection requirement : required) {
      int index = firstSatisfying(sections, requirement);
      if (index < 0) {
        // ITU-T covers give an Abstract as a labelled cell of the cover table, not a heading.
        if (!isLabelledOnCover(requirement, cover)) {
          findings.add(
              Rule.SECTION_MISSING,
              "no " + requirement + " section, which " + profile.describe() + " needs",
              "document",
              requirement.preferred());
        }
        continue;
      }
      Section section = sections.get(index);
      if (index < latestIndex) {
        findings.add(
            Rule.SECTION_ORDER,
            "the "
                + section.kind()
                + " section comes before the "
                + latest.kind()
                + " section; expected order: "
                + order(required),
            Findings.placeOf(section),
            section.kind());
      } else {
        latestIndex = index;
        latest = section;
      }
      if (isEmpty(sections, index)) {
        findings.add(
            Rule.SECTION_EMPTY,
            "the " + section.kind() + " section has no text",
            Findings.placeOf(section),
            section.kind());
      }
    }
  }

  private static boolean isLabelledOnCover(RequiredSection requirement, CoverLines cover) {
    return requirement.anyOf().stream()
        .anyMatch(
            kind ->
                cover.hasValue(
                    CoverLines.labelPattern(Pattern.quote(kind.id().replace('-', ' ')))));
  }

  private static int firstSatisfying(List<Section> sections, RequiredSection requirement) {
    for (int i = 0; i < sections.size(); i++) {
      if (requirement.isSatisfiedBy(sections.get(i).kind())) {
        return i;
      }
    }
    return -1;
  }

  /** Empty: no text of its own and no subsections that could carry it. */
  private static boolean isEmpty(List<Section> sections, int index) {
    Section section = sections.get(index);
    if (section.text() != null && !section.text().isBlank()) {
      return false;
    }
    return index + 1 >= sections.size() || sections.get(index + 1).level() <= section.level();
  }

  private static String order(List<RequiredSection> required) {
    return String.join(", ", required.stream().map(RequiredSection::toString).toList());
  }
}
