package org.cwg.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cwg.analyze.DocumentAnalyzer;
import org.cwg.parse.EditingTraces;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.cwg.structure.Manifest;

/**
 * Validates files and folders: parses each file once, runs the checks under the rules that apply to
 * it, and reports a file that cannot be read as a finding. Loads Tika; create one per run.
 */
public final class Validator implements AutoCloseable {

  private final DocumentAnalyzer analyzer =
      new DocumentAnalyzer(ParserLimits.defaults(), Manifest.none());
  private final KnownDocuments known;

  /**
   * @param known the indexed document numbers, or null to leave references unchecked
   */
  public Validator(KnownDocuments known) {
    this.known = known;
  }

  /**
   * @param arguments files and folders to check
   * @param rulesFile the rules file for every file, or null to look up {@code .cwg-rules.json} from
   *     each argument upwards
   */
  public ValidationReport validate(List<Path> arguments, Path rulesFile) {
    return validate(arguments, rulesFile, null, null);
  }

  /**
   * @param arguments files and folders to check
   * @param rulesFile the rules file for every file, or null to look up {@code .cwg-rules.json} from
   *     each argument upwards
   * @param type the type to check every file as, over any rules file's; null to keep it
   * @param family the family to check every file as, over any rules file's; null to keep it
   */
  public ValidationReport validate(
      List<Path> arguments, Path rulesFile, String type, String family) {
    List<ValidationTargets.Target> targets = ValidationTargets.of(arguments);
    // Every rules file is read before any document, so a broken one fails fast.
    Map<Path, RuleSettings> settingsByArgument = new HashMap<>();
    RuleSettings fixed = rulesFile == null ? null : RulesFile.load(rulesFile);
    for (Path argument : arguments) {
      RuleSettings settings = fixed != null ? fixed : lookUp(argument);
      settingsByArgument.put(argument, settings.declaring(type, family));
    }
    List<FileReport> reports = new ArrayList<>();
    for (ValidationTargets.Target target : targets) {
      reports.add(check(target, settingsByArgument.get(target.argument())));
    }
    return ValidationReport.of(reports);
  }

  /** The settings that apply under a path: its nearest rules file, else the defaults. */
  public static RuleSettings lookUp(Path path) {
    Optional<Path> found = RulesFile.find(path);
    return found.map(RulesFile::load).orElseGet(RuleSettings::defaults);
  }

  private FileReport check(ValidationTargets.Target target, RuleSettings settings) {
    DocumentAnalyzer.Analysis analysis;
    EditingTraces traces;
    try {
      analysis = analyzer.analyzeKeepingBlocks(target.file());
      traces = EditingTraces.of(target.file());
    } catch (UnreadableFileException e) {
      return DocumentChecks.unreadable(target.shown(), e.getMessage(), settings);
    } catch (IOException | RuntimeException e) {
      // Tika read the file, so a failure here is a damaged package part: still the file's fault.
      return DocumentChecks.unreadable(
          target.shown(), "corrupt (" + e.getMessage() + ")", settings);
    }
    CheckedDocument doc =
        new CheckedDocument(
            target.shown(),
            analysis.record(),
            analysis.parsed().blocks(),
            !analysis.parsed().formatted(),
            traces);
    return DocumentChecks.run(doc, settings, known);
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
