package org.cwg.validate;

/** Runs every check on one readable document. Needs no parser: tests feed it built records. */
public final class DocumentChecks {

  private DocumentChecks() {}

  /**
   * @param known the indexed document numbers, or null to skip reference checks
   */
  public static FileReport run(CheckedDocument doc, RuleSettings settings, KnownDocuments known) {
    Findings findings = new Findings(settings);
    DocumentProfile profile = DocumentProfile.of(doc.record().metadata(), settings);
    CoverLines cover = CoverLines.of(doc);
    MetadataCheck.run(doc, profile, cover, findings);
    CoverCheck.run(doc, profile, cover, settings, findings);
    SectionCheck.run(doc, profile, cover, settings, findings);
    CitationCheck.run(doc, findings);
    ReferenceCheck.run(doc, known, findings);
    LeftoverCheck.run(doc, findings);
    return new FileReport(doc.path(), profile.type(), findings.list());
  }

  /** The report of a file that could not be read at all. */
  public static FileReport unreadable(String path, String why, RuleSettings settings) {
    Findings findings = new Findings(settings);
    findings.add(Rule.FILE_UNREADABLE, "cannot read the file: " + why, "file", null);
    return new FileReport(path, null, findings.list());
  }
}
