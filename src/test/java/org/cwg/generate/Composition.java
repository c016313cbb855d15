package org.cwg.generate;

import java.time.format.DateTimeFormatter;
import org.cwg.generate.CorpusPlan.Doc;

/**
 * A generated document ready to write, with the truth about it.
 *
 * @param spec what the .docx writer needs
 * @param truth what the document contains, for the manifest
 */
record Composition(DocxSpec spec, TruthRecord truth) {

  Composition(CompositionBuilder out, Doc doc) {
    this(out, doc, java.util.List.of());
  }

  Composition(CompositionBuilder out, Doc doc, java.util.List<PlantedReuse.Planted> planted) {
    this(specOf(out, doc), truthOf(out, doc, planted));
  }

  private static DocxSpec specOf(CompositionBuilder out, Doc doc) {
    String meeting =
        CoverWording.ordinal(doc.meeting().number())
            + " meeting \u2013 "
            + doc.meeting().place()
            + ", "
            + CoverWording.date(doc.meeting().date());
    String source =
        doc.report()
            ? "Report of the Chair of CWG-Internet"
            : "Contribution from " + sourceLine(doc);
    CoverSpec cover =
        new CoverSpec(
            CorpusPlan.GROUP,
            meeting,
            "Document " + doc.number() + "-E",
            CoverWording.date(doc.date()),
            source);
    return new DocxSpec(
        cover,
        doc.title(),
        out.paragraphs(),
        "en",
        DateTimeFormatter.ISO_LOCAL_DATE.format(doc.date()));
  }

  /** Sources joined with commas, the last with "and" on every other document. */
  private static String sourceLine(Doc doc) {
    int n = doc.sources().size();
    if (n == 1 || doc.seq() % 2 == 0) {
      return String.join(", ", doc.sources());
    }
    return String.join(", ", doc.sources().subList(0, n - 1)) + " and " + doc.sources().get(n - 1);
  }

  private static TruthRecord truthOf(
      CompositionBuilder out, Doc doc, java.util.List<PlantedReuse.Planted> planted) {
    DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
    return new TruthRecord(
        doc.fileName(),
        doc.number(),
        doc.report() ? "report" : "contribution",
        doc.meeting().number(),
        iso.format(doc.meeting().date()),
        doc.meeting().place(),
        iso.format(doc.date()),
        doc.title(),
        doc.sources(),
        out.sections(),
        out.proposals(),
        out.resolutions(),
        out.citations(),
        out.references(),
        doc.passages(),
        doc.themes(),
        planted);
  }
}
