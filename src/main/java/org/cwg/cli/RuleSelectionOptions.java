package org.cwg.cli;

import java.nio.file.Path;
import org.cwg.validate.RuleSettings;
import org.cwg.validate.RulesFile;
import org.cwg.validate.Validator;
import picocli.CommandLine.Option;

/**
 * The options of {@code validate} that choose the rules: a rules file, and the document type and
 * family every file is checked as.
 */
final class RuleSelectionOptions {

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Rules file (default: " + RulesFile.NAME + " from each PATH upwards).")
  Path rules;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description =
          "Check every file as this document type (contribution, report, td,"
              + " liaison, ...), whatever its cover says: for drafts whose cover is not written"
              + " yet (default: the rules file's \"type\", else each document's own).")
  String type;

  @Option(
      names = "--family",
      paramLabel = "FAMILY",
      description =
          "Check every file as a document of this family: council, itu-t, itu-r,"
              + " itu-d, conference or other (default: the rules file's \"family\", else each"
              + " document's own).")
  String family;

  /** The rules --list-rules prints: the rules file's, else the defaults, with --type/--family. */
  RuleSettings listed() {
    return (rules == null ? RuleSettings.defaults() : RulesFile.load(rules))
        .declaring(type, family);
  }

  /** Fails on an unknown --type or --family, before any file is read, so a typo fails fast. */
  void checkNames() {
    RuleSettings.defaults().declaring(type, family);
  }

  /** The rules in force for a SARIF log: the --rules file, else the one found from the PATH. */
  RuleSettings inForceFor(Path firstPath) {
    return rules == null ? Validator.lookUp(firstPath) : RulesFile.load(rules);
  }
}
