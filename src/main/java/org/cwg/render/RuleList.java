package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import org.cwg.validate.Rule;
import org.cwg.validate.RuleSettings;
import org.cwg.validate.Severity;

/** Every validation rule as {@code cwg validate --list-rules} shows it. */
public record RuleList(List<Entry> entries) implements Tabular {

  /**
   * One rule. The JSON field names are a scripting interface: add, never rename.
   *
   * @param rule the rule's stable id
   * @param severity its severity under the rules in force
   * @param enabled whether it runs under the rules in force
   * @param meaning what it finds
   */
  public record Entry(String rule, Severity severity, boolean enabled, String meaning) {}

  public static RuleList of(RuleSettings settings) {
    return new RuleList(
        Arrays.stream(Rule.values())
            .map(
                rule ->
                    new Entry(
                        rule.id(),
                        settings.severityOf(rule),
                        settings.isEnabled(rule),
                        rule.meaning()))
            .toList());
  }

  /** JSON is the bare array of entries. */
  @JsonValue
  public List<Entry> entries() {
    return entries;
  }

  @Override
  public List<String> header() {
    return List.of("rule", "severity", "enabled", "meaning");
  }

  @Override
  public List<List<String>> rows() {
    return entries.stream()
        .map(e -> List.of(e.rule(), e.severity().id(), e.enabled() ? "yes" : "no", e.meaning()))
        .toList();
  }
}
