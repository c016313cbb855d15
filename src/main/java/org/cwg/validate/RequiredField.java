package org.cwg.validate;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A cover field a document type must have; any one of several can satisfy it (a liaison statement's
 * "For action to" or "For information to"). Written {@code for-action-to|for-information-to} in
 * rules files and the template table.
 *
 * @param anyOf the fields that satisfy the requirement
 */
public record RequiredField(List<CoverField> anyOf) {

  public RequiredField {
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("a required cover field needs at least one field");
    }
    anyOf = List.copyOf(anyOf);
  }

  /** Parses {@code source} or {@code for-action-to|for-information-to}. */
  public static RequiredField parse(String written) {
    return new RequiredField(Arrays.stream(written.split("\\|")).map(CoverField::fromId).toList());
  }

  /** As a rules file writes it: {@code for-action-to|for-information-to}. */
  public String id() {
    return anyOf.stream().map(CoverField::id).collect(Collectors.joining("|"));
  }

  /** As a message says it: {@code "For action to" or "For information to"}. */
  @Override
  public String toString() {
    return anyOf.stream().map(CoverField::named).collect(Collectors.joining(" or "));
  }
}
