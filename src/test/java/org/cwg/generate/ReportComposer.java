package org.cwg.generate;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cwg.generate.CorpusPlan.Doc;
import org.cwg.model.SectionKind;

/**
 * Writes out a meeting report in the shape of the real ones: numbered sections, one subsection per
 * contribution headed by its number, sources and title, with a "Summary" that repeats the
 * contribution's purpose and lettered "Discussions" paragraphs.
 */
final class ReportComposer {

  private static final List<String> DISCUSSIONS =
      List.of(
          "Members thanked the contributors for this proposal and welcomed the contribution. "
              + "The contribution was noted.",
          "Some members expressed support for the proposal and offered to share their experience "
              + "at the next meeting of the Group.",
          "Some members were of the opinion that the issues raised require further study.",
          "The Chair invited the contributors to submit an updated proposal to the next meeting.");

  private ReportComposer() {}

  static Composition compose(Doc doc) {
    Prose prose = new Prose(new Random(doc.seed()));
    CompositionBuilder out = new CompositionBuilder();
    String ordinal = CoverWording.ordinal(doc.meeting().number()).toLowerCase(Locale.ROOT);
    out.heading(SectionKind.PURPOSE, null, "Purpose", 1);
    out.text(doc.purpose());
    out.heading(SectionKind.ACTION_REQUIRED, null, "Action required", 1);
    out.text(
        "The Council Working Group on International Internet-related Public Policy "
            + "Issues is invited to approve this report.");
    out.text("____________________________________");
    out.heading(SectionKind.INTRODUCTION, "1", "Introduction", 1);
    out.text(
        "1.1\tThe "
            + ordinal
            + " meeting of CWG-Internet was held on "
            + CoverWording.date(doc.meeting().date())
            + ".");
    out.text("1.2\t" + prose.paragraph(2, 3));
    out.heading(SectionKind.OTHER, "2", "Contributions from Member States", 1);
    out.text(
        "The Chair invited each of the contributors to briefly present their proposals to "
            + "the Group. The summaries of the contributions (as submitted) are given below.");
    int sub = 0;
    for (Doc contribution : doc.references()) {
      sub++;
      String number = "2." + sub;
      out.heading(
          SectionKind.OTHER,
          number,
          out.refer(contribution.number())
              + " ("
              + String.join(", ", contribution.sources())
              + "): "
              + contribution.title(),
          2);
      out.heading(SectionKind.SUMMARY, number + ".1", "Summary", 3);
      out.text(contribution.purpose());
      out.heading(SectionKind.DISCUSSION, number + ".2", "Discussions", 3);
      char letter = 'a';
      for (int d = prose.between(1, 3); d > 0; d--) {
        out.text(letter++ + ")\t" + prose.pick(DISCUSSIONS));
      }
    }
    out.heading(SectionKind.ACTIONS, "3", "Actions", 1);
    out.text("3.1\t" + prose.paragraph(1, 2));
    out.heading(SectionKind.OTHER, "4", "Closing of the meeting", 1);
    out.text(
        "The Chair thanked all the ITU Member States who made contributions and "
            + "participated in the work of the Group.");
    return new Composition(out, doc);
  }
}
