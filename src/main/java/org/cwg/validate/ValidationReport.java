package org.cwg.validate;

import java.util.List;

/**
 * Everything one {@code cwg validate} run found.
 *
 * @param files one report per checked file, in path order
 * @param counts findings by severity
 */
public record ValidationReport(List<FileReport> files, Counts counts) {

  /** Findings by severity. */
  public record Counts(int error, int warning, int info) {

    public int of(Severity severity) {
      return switch (severity) {
        case ERROR -> error;
        case WARNING -> warning;
        case INFO -> info;
      };
    }
  }

  public ValidationReport {
    files = List.copyOf(files);
  }

  /** A report over these files, counting their findings. */
  public static ValidationReport of(List<FileReport> files) {
    int[] bySeverity = new int[Severity.values().length];
    for (FileReport file : files) {
      for (Finding finding : file.findings()) {
        bySeverity[finding.severity().ordinal()]++;
      }
    }
    return new ValidationReport(files, new Counts(bySeverity[0], bySeverity[1], bySeverity[2]));
  }

  /** Whether any finding is at least as severe as the threshold. */
  public boolean reaches(Severity threshold) {
    for (Severity severity : Severity.values()) {
      if (severity.reaches(threshold) && counts.of(severity) > 0) {
        return true;
      }
    }
    return false;
  }
}
