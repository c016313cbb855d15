package org.cwg.validate;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rules run, at what severity, and which sections each document type requires: the
 * defaults, changed by a rules file.
 */
public final class RuleSettings {

  private static final Map<String, List<RequiredSection>> DEFAULT_REQUIRED = Map.of(
      "contribution", List.of(RequiredSection.parse("purpose"),
          RequiredSection.parse("action-required"), RequiredSection.parse("proposal")),
      "report", List.of(RequiredSection.parse("purpose|summary"),
          RequiredSection.parse("action-required")));

  private final Map<Rule, Boolean> enabled;
  private final Map<Rule, Severity> severities;
  private final Map<String, List<RequiredSection>> requiredSections;
  private final Path origin;

  private RuleSettings(Map<Rule, Boolean> enabled, Map<Rule, Severity> severities,
      Map<String, List<RequiredSection>> requiredSections, Path origin) {
    this.enabled = enabled;
    this.severities = severities;
    this.requiredSections = requiredSections;
    this.origin = origin;
  }

  /** Every rule on at its default severity; contributions and reports need their usual sections. */
  public static RuleSettings defaults() {
    Map<Rule, Boolean> enabled = new EnumMap<>(Rule.class);
    Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      enabled.put(rule, true);
      severities.put(rule, rule.defaultSeverity());
    }
    return new RuleSettings(enabled, severities, new LinkedHashMap<>(DEFAULT_REQUIRED), null);
  }

  /**
   * These settings changed as a rules file says. A document type's list of required sections
   * replaces that type's default list, in the order given, which is the order checked.
   */
  RuleSettings with(Map<Rule, Boolean> enabledChanges, Map<Rule, Severity> severityChanges,
      Map<String, List<RequiredSection>> requiredChanges, Path from) {
    Map<Rule, Boolean> newEnabled = new EnumMap<>(enabled);
    newEnabled.putAll(enabledChanges);
    Map<Rule, Severity> newSeverities = new EnumMap<>(severities);
    newSeverities.putAll(severityChanges);
    Map<String, List<RequiredSection>> newRequired = new LinkedHashMap<>(requiredSections);
    requiredChanges.forEach((type, list) ->
        newRequired.put(type.toLowerCase(Locale.ROOT), List.copyOf(list)));
    return new RuleSettings(newEnabled, newSeverities, newRequired, from);
  }

  public boolean isEnabled(Rule rule) {
    return enabled.get(rule);
  }

  public Severity severityOf(Rule rule) {
    return severities.get(rule);
  }

  /** The sections a document of this type must have, in their usual order; empty if none. */
  public List<RequiredSection> requiredSectionsFor(String type) {
    return type == null ? List.of()
        : requiredSections.getOrDefault(type.toLowerCase(Locale.ROOT), List.of());
  }

  /** The rules file these settings came from, or null for the defaults. */
  public Path origin() {
    return origin;
  }
}
