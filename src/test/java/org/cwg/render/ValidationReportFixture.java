package org.cwg.render;

import java.util.List;
import org.cwg.validate.FileReport;
import org.cwg.validate.Finding;
import org.cwg.validate.Rule;
import org.cwg.validate.Severity;
import org.cwg.validate.ValidationReport;

/** A report with every kind of place and severity, and characters that need escaping. */
final class ValidationReportFixture {

  private ValidationReportFixture() {}

  static ValidationReport report() {
    return ValidationReport.of(
        List.of(
            new FileReport(
                "drafts/CWG-Internet-20-4.docx",
                "contribution",
                List.of(
                    new Finding(
                        Rule.SECTION_MISSING,
                        Severity.ERROR,
                        "no action-required section, which a contribution needs",
                        "document",
                        "action-required"),
                    new Finding(
                        Rule.CITATION_MISSING_REVISION,
                        Severity.WARNING,
                        "first mention of Council Resolution 1305 gives no revision: \"Resolution 1305"
                            + " <of> the ITU Council & co\"",
                        "section 2 (Rationale)",
                        "rationale"),
                    new Finding(
                        Rule.HIGHLIGHTED_TEXT,
                        Severity.INFO,
                        "1 highlighted run",
                        "paragraph 7",
                        null))),
            new FileReport(
                "drafts/old notes.txt",
                null,
                List.of(
                    new Finding(
                        Rule.EXPORT_ARTIFACTS,
                        Severity.WARNING,
                        "2 export artifacts such as \"[bookmark: _Hlk1]\"",
                        "line 23",
                        null))),
            new FileReport("drafts/clean.docx", "contribution", List.of())));
  }
}
