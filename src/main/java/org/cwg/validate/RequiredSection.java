package org.cwg.validate;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cwg.model.SectionKind;

/**
 * A section a document type must have; any one of several kinds can satisfy it ("purpose or
 * summary"). Written {@code purpose|summary} in rules files.
 *
 * @param anyOf the kinds that satisfy the requirement, the preferred one first
 */
public record RequiredSection(List<SectionKind> anyOf) {

  public RequiredSection {
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("a required section needs at least one kind");
    }
    anyOf = List.copyOf(anyOf);
  }

  /** Parses {@code action-required} or {@code purpose|summary}. */
  public static RequiredSection parse(String written) {
    return new RequiredSection(
        Arrays.stream(written.split("\\|")).map(SectionKind::fromId).toList());
  }

  public boolean isSatisfiedBy(SectionKind kind) {
    return anyOf.contains(kind);
  }

  /** The kind a finding about this requirement names. */
  public SectionKind preferred() {
    return anyOf.get(0);
  }

  /** As a rules file writes it: {@code purpose|summary}. */
  public String id() {
    return anyOf.stream().map(SectionKind::id).collect(Collectors.joining("|"));
  }

  /** As a message says it: {@code purpose or summary}. */
  @Override
  public String toString() {
    return anyOf.stream().map(SectionKind::id).collect(Collectors.joining(" or "));
  }
}
