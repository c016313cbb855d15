package org.cwg.render;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.cwg.validate.RuleSettings;
import org.cwg.validate.Severity;
import org.cwg.validate.ValidationReport;

/** Writes what {@code validate} finds, or the rules it checks, in the format asked for. */
public final class ValidationRenderer {

  /** Cells wider than this wrap in the text table of rules, whose meanings are long. */
  private static final int RULE_CELL_WIDTH = 120;

  private ValidationRenderer() {}

  /** The rules as a text table (the default), JSON or CSV. */
  public static void renderRules(RuleList list, Format format, PrintWriter out) {
    switch (format) {
      case JSON -> JsonRenderer.render(list, out);
      case CSV -> CsvRenderer.render(list, out);
      default -> TextTableRenderer.render(list, out, RULE_CELL_WIDTH);
    }
  }

  /**
   * The findings as text (the default), JSON, JUnit XML or SARIF.
   *
   * @param failOn the severity that fails the run, which JUnit marks as failures
   * @param settings the rules in force, asked for only by SARIF, which alone prints them
   * @param toolVersion cwg's version, or null when unknown
   */
  public static void renderReport(
      ValidationReport report,
      Format format,
      Severity failOn,
      Supplier<RuleSettings> settings,
      String toolVersion,
      PrintWriter out) {
    switch (format) {
      case JSON -> JsonRenderer.render(report, out);
      case JUNIT -> JunitRenderer.render(report, failOn, out);
      case SARIF -> SarifRenderer.render(report, settings.get(), toolVersion, out);
      default -> ValidationTextRenderer.render(report, out);
    }
  }
}
