package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.validate.FileReport;
import org.cwg.validate.Finding;
import org.cwg.validate.Rule;
import org.cwg.validate.RuleSettings;
import org.cwg.validate.Severity;
import org.cwg.validate.ValidationReport;

/**
 * Validation findings as a SARIF 2.1.0 log, which code-scanning tools show as annotations. Each
 * finding is a result on its file; a finding placed on a line gets that line as its region, one
 * placed on a section or paragraph names it as a logical location.
 */
public final class SarifRenderer {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final Pattern LINE = Pattern.compile("line (\\d+)");

  private SarifRenderer() {}

  /**
   * @param settings the rules in force, for each rule's configured level
   * @param toolVersion cwg's version, or null when unknown
   */
  public static void render(
      ValidationReport report, RuleSettings settings, String toolVersion, PrintWriter out) {
    List<Rule> rules = Arrays.asList(Rule.values());
    List<ReportingDescriptor> descriptors =
        rules.stream()
            .map(
                rule ->
                    new ReportingDescriptor(
                        rule.id(),
                        new Text(rule.meaning()),
                        new Configuration(
                            settings.isEnabled(rule), levelOf(settings.severityOf(rule)))))
            .toList();
    List<Result> results = new ArrayList<>();
    for (FileReport file : report.files()) {
      for (Finding finding : file.findings()) {
        results.add(
            new Result(
                finding.rule().id(),
                rules.indexOf(finding.rule()),
                levelOf(finding.severity()),
                new Text(finding.message()),
                List.of(locationOf(file.path(), finding)),
                finding.section() == null ? null : Map.of("section", finding.section())));
      }
    }
    Log log =
        new Log(
            SCHEMA,
            "2.1.0",
            List.of(new Run(new Tool(new Driver("cwg", toolVersion, descriptors)), results)));
    JsonRenderer.render(log, out);
  }

  static String levelOf(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static Location locationOf(String path, Finding finding) {
    Matcher line = LINE.matcher(finding.location());
    Region region = line.matches() ? new Region(Integer.parseInt(line.group(1))) : null;
    List<LogicalLocation> logical =
        region != null ? null : List.of(new LogicalLocation(finding.location()));
    return new Location(new PhysicalLocation(new ArtifactLocation(uriOf(path)), region), logical);
  }

  /** A relative reference for relative paths (what code scanning wants), a file URI otherwise. */
  static String uriOf(String path) {
    try {
      if (path.startsWith("/")) {
        return new URI("file", "", path, null).toASCIIString();
      }
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of " + path, e);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  record Run(Tool tool, List<Result> results) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Driver(String name, String version, List<ReportingDescriptor> rules) {}

  record ReportingDescriptor(
      String id, Text shortDescription, Configuration defaultConfiguration) {}

  record Configuration(boolean enabled, String level) {}

  record Text(String text) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Text message,
      List<Location> locations,
      Map<String, String> properties) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record ArtifactLocation(String uri) {}

  record Region(int startLine) {}

  record LogicalLocation(String name) {}
}
