package org.cwg.render;

import java.io.PrintWriter;
import java.util.Locale;
import org.cwg.validate.FileReport;
import org.cwg.validate.Finding;
import org.cwg.validate.ValidationReport;

/**
 * Findings the way compilers print them, one per line ({@code PATH: PLACE: SEVERITY: MESSAGE
 * [RULE]}), so that editors and CI log scanners pick them up; then one summary line.
 */
public final class ValidationTextRenderer {

  private ValidationTextRenderer() {}

  public static void render(ValidationReport report, PrintWriter out) {
    for (FileReport file : report.files()) {
      for (Finding finding : file.findings()) {
        out.println(
            file.path()
                + ": "
                + finding.location()
                + ": "
                + finding.severity()
                + ": "
                + finding.message()
                + " ["
                + finding.rule()
                + "]");
      }
    }
    ValidationReport.Counts counts = report.counts();
    int files = report.files().size();
    out.println(
        String.format(
            Locale.ROOT,
            "%d %s checked: %d %s, %d %s, %d info",
            files,
            files == 1 ? "file" : "files",
            counts.error(),
            counts.error() == 1 ? "error" : "errors",
            counts.warning(),
            counts.warning() == 1 ? "warning" : "warnings",
            counts.info()));
    out.flush();
  }
}
