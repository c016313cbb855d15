package org.cwg.validate;

import java.util.List;

/**
 * The findings of one file.
 *
 * @param path the file as it was named or found under a named folder
 * @param type the document type (contribution, report, ...), or null when unknown
 * @param findings what is wrong, in the order the checks run
 */
public record FileReport(String path, String type, List<Finding> findings) {

  public FileReport {
    findings = List.copyOf(findings);
  }
}
