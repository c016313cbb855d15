package org.cwg.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.model.SourceFile;

/** Invented reports and contributions, built section by section. */
final class ReportFixtures {

  private ReportFixtures() {}

  static Section section(int level, String number, SectionKind kind, String heading, String text) {
    return new Section(kind, heading, number, level, text, 0, 0);
  }

  /** A CWG-Internet report of the given meeting, with its sections' offsets laid out in order. */
  static DocumentRecord report(Integer meeting, Section... sections) {
    return record("report", null, meeting, List.of(), sections);
  }

  static DocumentRecord contribution(String number, Integer meeting, String purpose) {
    return record(
        "contribution",
        number,
        meeting,
        List.of("Brazil"),
        section(1, null, SectionKind.PURPOSE, "Purpose", purpose),
        section(1, "1", SectionKind.INTRODUCTION, "Introduction", "Some background."));
  }

  private static DocumentRecord record(
      String type, String number, Integer meeting, List<String> sources, Section... sections) {
    StringBuilder text = new StringBuilder();
    List<Section> laidOut = new ArrayList<>();
    for (Section s : sections) {
      int start = text.length();
      text.append(s.number() == null ? "" : s.number() + " ").append(s.heading()).append('\n');
      text.append(s.text()).append('\n');
      laidOut.add(
          new Section(
              s.kind(), s.heading(), s.number(), s.level(), s.text(), start, text.length()));
    }
    Metadata metadata =
        new Metadata(
            number,
            "CWG-Internet",
            meeting,
            "Geneva",
            null,
            null,
            sources,
            null,
            type,
            "en",
            Map.of());
    String id = type.substring(0, 3) + (number == null ? "x" : number.replaceAll("\\W", ""));
    return new DocumentRecord(
        id,
        new SourceFile("/corpus/" + id + ".docx", null, 0, 0, null),
        metadata,
        laidOut,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        text.toString(),
        0);
  }
}
