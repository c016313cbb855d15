package org.cwg.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.cwg.json.Json;

/**
 * Reads {@code .cwg-rules.json}. A mistake in it (unknown rule, unknown key, bad severity) is a
 * usage error, never silently ignored: a typo must not switch a CI check off.
 *
 * <pre>{@code
 * {"rules": {"citation-missing-revision": {"enabled": false},
 *            "number-missing": {"severity": "warning"}},
 *  "requiredSections": {"contribution": ["purpose", "action-required", "references",
 *                                        "proposal"],
 *                       "itu-t/contribution": ["abstract|summary"]},
 *  "requiredCoverFields": {"itu-t/td": ["source", "title", "purpose", "contact"]},
 *  "type": "contribution", "family": "council"}
 * }</pre>
 *
 * <p>A list keyed by a document type replaces that type's list in every family's template; one
 * keyed {@code family/type} replaces it in that family only, and wins. {@code type} and {@code
 * family} check every file under the rules file as that type and family, whatever its cover says:
 * for drafts whose cover is not written yet.
 */
public final class RulesFile {

  /** The name looked up from a checked path upwards. */
  public static final String NAME = ".cwg-rules.json";

  private static final ObjectReader STRICT = Json.strict();

  private static final Set<String> TOP_LEVEL =
      Set.of("rules", "requiredSections", "requiredCoverFields", "type", "family", "$schema");
  private static final Set<String> RULE_KEYS = Set.of("enabled", "severity");

  private RulesFile() {}

  /** The nearest {@code .cwg-rules.json} in the folder of {@code path} or above it. */
  public static Optional<Path> find(Path path) {
    Path start = path.toAbsolutePath().normalize();
    Path dir = Files.isDirectory(start) ? start : start.getParent();
    for (; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The defaults changed by the rules file at {@code file}. */
  public static RuleSettings load(Path file) {
    JsonNode root;
    try {
      root = STRICT.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw invalid(file, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw invalid(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (root == null || !root.isObject()) {
      throw invalid(file, "must hold a JSON object");
    }
    checkKeys(file, root, TOP_LEVEL, "");
    RuleSettings.Changes changes = new RuleSettings.Changes();
    try {
      readRules(file, root.path("rules"), changes.enabled, changes.severities);
      readRequirements(
          file,
          root.path("requiredSections"),
          "requiredSections",
          "section kinds",
          RequiredSection::parse,
          changes.sections);
      readRequirements(
          file,
          root.path("requiredCoverFields"),
          "requiredCoverFields",
          "cover fields",
          RequiredField::parse,
          changes.coverFields);
      changes.type = readDeclared(file, root.path("type"), "type", DocumentProfile::checkType);
      changes.family =
          readDeclared(file, root.path("family"), "family", DocumentProfile::checkFamily);
    } catch (InvalidRulesFile e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw invalid(file, e.getMessage());
    }
    return RuleSettings.defaults().with(changes, file);
  }

  private static void readRules(
      Path file, JsonNode rules, Map<Rule, Boolean> enabled, Map<Rule, Severity> severities) {
    if (rules.isMissingNode()) {
      return;
    }
    if (!rules.isObject()) {
      throw invalid(file, "'rules' must be an object of rule ids");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Rule rule = Rule.fromId(entry.getKey());
      JsonNode settings = entry.getValue();
      if (!settings.isObject()) {
        throw invalid(file, "rule '" + rule + "' needs an object such as {\"enabled\": false}");
      }
      checkKeys(file, settings, RULE_KEYS, "rules." + rule + ".");
      JsonNode on = settings.get("enabled");
      if (on != null) {
        if (!on.isBoolean()) {
          throw invalid(file, "rules." + rule + ".enabled must be true or false");
        }
        enabled.put(rule, on.booleanValue());
      }
      JsonNode severity = settings.get("severity");
      if (severity != null) {
        if (!severity.isTextual()) {
          throw invalid(file, "rules." + rule + ".severity must be error, warning or info");
        }
        severities.put(rule, Severity.fromId(severity.textValue()));
      }
    }
  }

  /** A list per document type ("contribution") or per family and type ("itu-t/td"). */
  private static <T> void readRequirements(
      Path file,
      JsonNode types,
      String name,
      String what,
      Function<String, T> parse,
      Map<String, List<T>> required) {
    if (types.isMissingNode()) {
      return;
    }
    if (!types.isObject()) {
      throw invalid(file, "'" + name + "' must map document types to lists of " + what);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      int slash = key.indexOf('/');
      if (slash >= 0) {
        DocumentProfile.checkFamily(key.substring(0, slash));
      }
      if (!entry.getValue().isArray()) {
        throw invalid(file, name + "." + key + " must be a list");
      }
      List<T> list = new ArrayList<>();
      for (JsonNode item : entry.getValue()) {
        if (!item.isTextual()) {
          throw invalid(file, name + "." + key + " must list " + what);
        }
        list.add(parse.apply(item.textValue()));
      }
      required.put(key, list);
    }
  }

  private static String readDeclared(
      Path file, JsonNode value, String name, UnaryOperator<String> check) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw invalid(file, "'" + name + "' must be a string");
    }
    return check.apply(value.textValue());
  }

  private static void checkKeys(Path file, JsonNode object, Set<String> allowed, String prefix) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw invalid(file, "unknown key '" + prefix + name + "'");
      }
    }
  }

  private static InvalidRulesFile invalid(Path file, String why) {
    return new InvalidRulesFile("rules file " + file + ": " + why);
  }

  /** A usage error that already names the rules file. */
  private static final class InvalidRulesFile extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidRulesFile(String message) {
      super(message);
    }
  }
}
