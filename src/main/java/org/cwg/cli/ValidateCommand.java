package org.cwg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cwg.render.Format;
import org.cwg.render.RuleList;
import org.cwg.render.ValidationRenderer;
import org.cwg.validate.KnownDocuments;
import org.cwg.validate.Severity;
import org.cwg.validate.ValidationReport;
import org.cwg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg validate}: structure checks of drafts, for CI pipelines. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check drafts before submission, for people and CI pipelines.",
      "Checks the cover fields and sections each family's template requires for the document "
          + "type, document number and revision, meeting, resolution citations, tracked changes, "
          + "comments and other editing leftovers.",
      "No index is needed; with --index, references to other documents are checked too."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to check.")
  List<Path> paths = List.of();

  @Mixin RuleSelectionOptions selection;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      description =
          "Exit 1 when a finding is this severe or worse: error or warning"
              + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--list-rules",
      description = "Print every rule with its id, severity and" + " meaning, and exit.")
  boolean listRules;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text, json, junit or sarif; with --list-rules text, json or csv "
              + "(default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (listRules) {
      FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.CSV);
      ValidationRenderer.renderRules(RuleList.of(selection.listed()), format, out);
      return ExitCodes.OK;
    }
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.JUNIT, Format.SARIF);
    Severity threshold =
        failOn.equalsIgnoreCase("error")
            ? Severity.ERROR
            : failOn.equalsIgnoreCase("warning") ? Severity.WARNING : null;
    if (threshold == null) {
      throw new ParameterException(spec.commandLine(), "--fail-on must be error or warning");
    }
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "a PATH to check is needed");
    }
    selection.checkNames();
    KnownDocuments known = common.index == null ? null : KnownDocuments.fromIndex(common.index);
    ValidationReport report;
    try (Validator validator = new Validator(known)) {
      report = validator.validate(paths, selection.rules, selection.type, selection.family);
    }
    ValidationRenderer.renderReport(
        report,
        format,
        threshold,
        () -> selection.inForceFor(paths.get(0)),
        Main.class.getPackage().getImplementationVersion(),
        out);
    return report.reaches(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
