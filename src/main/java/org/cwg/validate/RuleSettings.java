package org.cwg.validate;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rules run, at what severity, what the files are checked as (a declared type and family),
 * and which sections and cover fields each family's document types require: the defaults and the
 * template table, changed by a rules file and the command line.
 */
public final class RuleSettings {

  private final Map<Rule, Boolean> enabled;
  private final Map<Rule, Severity> severities;
  private final Changes requirements;
  private final Path origin;

  private RuleSettings(
      Map<Rule, Boolean> enabled,
      Map<Rule, Severity> severities,
      Changes requirements,
      Path origin) {
    this.enabled = enabled;
    this.severities = severities;
    this.requirements = requirements;
    this.origin = origin;
  }

  /**
   * What a rules file changes. Requirement keys are a document type ({@code contribution}: every
   * family's contributions) or a family and a type ({@code itu-t/contribution}), lower case.
   */
  static final class Changes {
    final Map<Rule, Boolean> enabled = new EnumMap<>(Rule.class);
    final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
    final Map<String, List<RequiredSection>> sections = new LinkedHashMap<>();
    final Map<String, List<RequiredField>> coverFields = new LinkedHashMap<>();
    String type;
    String family;

    private Changes copy() {
      Changes copy = new Changes();
      copy.sections.putAll(sections);
      copy.coverFields.putAll(coverFields);
      copy.type = type;
      copy.family = family;
      return copy;
    }
  }

  /** Every rule on at its default severity; each family's templates as the table says them. */
  public static RuleSettings defaults() {
    Map<Rule, Boolean> enabled = new EnumMap<>(Rule.class);
    Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      enabled.put(rule, true);
      severities.put(rule, rule.defaultSeverity());
    }
    return new RuleSettings(enabled, severities, new Changes(), null);
  }

  /**
   * These settings changed as a rules file says. A list of required sections or cover fields
   * replaces the template's list, in the order given, which is the order checked.
   */
  RuleSettings with(Changes changes, Path from) {
    Map<Rule, Boolean> newEnabled = new EnumMap<>(enabled);
    newEnabled.putAll(changes.enabled);
    Map<Rule, Severity> newSeverities = new EnumMap<>(severities);
    newSeverities.putAll(changes.severities);
    Changes merged = requirements.copy();
    changes.sections.forEach((key, list) -> merged.sections.put(lower(key), List.copyOf(list)));
    changes.coverFields.forEach(
        (key, list) -> merged.coverFields.put(lower(key), List.copyOf(list)));
    if (changes.type != null) {
      merged.type = changes.type;
    }
    if (changes.family != null) {
      merged.family = changes.family;
    }
    return new RuleSettings(newEnabled, newSeverities, merged, from);
  }

  /**
   * These settings, checking every file as this type and family (null keeps what was declared
   * before, or lets each document say).
   */
  public RuleSettings declaring(String type, String family) {
    Changes changes = new Changes();
    changes.type = type == null ? null : DocumentProfile.checkType(type);
    changes.family = family == null ? null : DocumentProfile.checkFamily(family);
    return with(changes, origin);
  }

  public boolean isEnabled(Rule rule) {
    return enabled.get(rule);
  }

  public Severity severityOf(Rule rule) {
    return severities.get(rule);
  }

  /** The type every file is checked as, or null to take each document's own. */
  public String declaredType() {
    return requirements.type;
  }

  /** The family every file is checked as, or null to take each document's own. */
  public String declaredFamily() {
    return requirements.family;
  }

  /** The sections a document of this type and unknown family must have, in their usual order. */
  public List<RequiredSection> requiredSectionsFor(String type) {
    return requiredSectionsFor(null, type);
  }

  /** The sections a document of this family and type must have, in their usual order. */
  public List<RequiredSection> requiredSectionsFor(String family, String type) {
    List<RequiredSection> changed = changed(requirements.sections, family, type);
    return changed != null ? changed : Template.of(lower(family), lower(type)).sections();
  }

  /** The cover fields a document of this family and type must have. */
  public List<RequiredField> requiredCoverFieldsFor(String family, String type) {
    List<RequiredField> changed = changed(requirements.coverFields, family, type);
    return changed != null ? changed : Template.of(lower(family), lower(type)).coverFields();
  }

  /** The rules file these settings came from, or null for the defaults. */
  public Path origin() {
    return origin;
  }

  /** A rules file's list for this family and type, else for the type, else null. */
  private static <T> List<T> changed(Map<String, List<T>> lists, String family, String type) {
    if (type == null) {
      return null;
    }
    if (family != null) {
      List<T> forFamily = lists.get(lower(family) + "/" + lower(type));
      if (forFamily != null) {
        return forFamily;
      }
    }
    return lists.get(lower(type));
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }
}
