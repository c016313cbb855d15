package org.cwg.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cwg.analyze.WordCounter;
import org.cwg.index.CorpusWriter;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.Provenance;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.model.SourceFile;

/**
 * A deterministic corpus over meetings 18 to 22, built from templates with hand-placed phrases, so
 * that every count a test asserts can be worked out by reading this file.
 *
 * <p>Per meeting M: a report CWG-Internet-M/1 (no sources, no citations; sections purpose,
 * introduction, discussion) and two contributions, CWG-Internet-M/2 from the Russian Federation and
 * CWG-Internet-M/3 from Brazil (even M) or the Russian Federation and Belarus (odd M), each with
 * sections purpose, action-required, 1 introduction and 2 proposal (two items). Every document has
 * front matter (the cover) naming the group, with the words "Public Policy".
 *
 * <ul>
 *   <li>"public core": the second proposal item of both contributions of 19 and 21; the purpose of
 *       CWG-Internet-21/2; the discussion of the report of 21. Six sections, five documents.
 *   <li>"core of public policy": the introduction of CWG-Internet-20/3 only.
 *   <li>"governance": purpose, introduction and first proposal item of every contribution;
 *       "Governing": the introductions of meeting 22 only.
 *   <li>Resolution 102 (PP) is cited once in the introduction of contributions of 18 and 19;
 *       Resolution 1305 (Council) once in those of 20, 21 and 22.
 * </ul>
 */
public final class GeneratedCorpus {

  public static final List<Integer> MEETINGS = List.of(18, 19, 20, 21, 22);

  private static final Map<Integer, String> DATES =
      Map.of(
          18, "2023-02-01", 19, "2023-09-15", 20, "2024-10-04", 21, "2025-02-10", 22, "2025-09-20");

  private static final String PP_102 =
      "Resolution 102 (Rev. Bucharest, 2022) of the Plenipotentiary Conference";
  private static final String COUNCIL_1305 = "Resolution 1305 of the Council";

  private GeneratedCorpus() {}

  /** Writes the corpus into a new index at {@code indexDir}. */
  public static Path writeTo(Path indexDir) throws IOException {
    try (CorpusWriter writer = CorpusWriter.open(indexDir)) {
      for (DocumentRecord record : records()) {
        writer.put(record);
      }
      writer.commit();
    }
    return indexDir;
  }

  public static List<DocumentRecord> records() {
    List<DocumentRecord> records = new ArrayList<>();
    for (int meeting : MEETINGS) {
      records.add(report(meeting));
      records.add(contribution(meeting, 2, List.of("Russian Federation")));
      records.add(
          contribution(
              meeting,
              3,
              meeting % 2 == 0 ? List.of("Brazil") : List.of("Russian Federation", "Belarus")));
    }
    return records;
  }

  private static DocumentRecord report(int meeting) {
    Builder doc =
        new Builder(
            meeting, 1, "report", List.of(), "Report of meeting " + meeting + " of the group");
    doc.section(
        SectionKind.PURPOSE,
        null,
        "Purpose",
        "This is the report of meeting " + meeting + ".",
        List.of());
    doc.section(
        SectionKind.INTRODUCTION,
        "1",
        "Introduction",
        "The meeting was held on " + DATES.get(meeting) + ".",
        List.of());
    doc.section(
        SectionKind.DISCUSSION,
        "2",
        "Discussion of contributions",
        "The group discussed the contributions."
            + (meeting == 21 ? " Several Member States supported protecting the public core." : ""),
        List.of());
    return doc.build();
  }

  private static DocumentRecord contribution(int meeting, int number, List<String> sources) {
    Builder doc =
        new Builder(
            meeting,
            number,
            "contribution",
            sources,
            "Proposals on the Internet for meeting " + meeting);
    doc.section(
        SectionKind.PURPOSE,
        null,
        "Purpose",
        "The purpose of this contribution is to discuss the governance of the Internet."
            + (meeting == 21 && number == 2
                ? " It introduces the notion of a public core of the Internet."
                : ""),
        List.of());
    doc.section(
        SectionKind.ACTION_REQUIRED,
        null,
        "Action required",
        "CWG-Internet is invited to consider this contribution.",
        List.of());
    String citation = meeting <= 19 ? PP_102 : COUNCIL_1305;
    doc.section(
        SectionKind.INTRODUCTION,
        "1",
        "Introduction",
        "Internet governance remains a challenge."
            + (meeting == 22 ? " Governing bodies should cooperate." : "")
            + (meeting == 20 && number == 3 ? " The core of public policy is discussed." : "")
            + " "
            + citation
            + " applies.",
        List.of(citation));
    String first = "CWG-Internet continues the discussion of Internet governance.";
    String second =
        meeting == 19 || meeting == 21
            ? "Member States protect the public core of the Internet."
            : "Member States share their views.";
    doc.section(
        SectionKind.PROPOSAL,
        "2",
        "Proposal",
        "It is proposed that:\n1\t" + first + "\n2\t" + second,
        List.of());
    doc.proposals.add(new ProposalItem("1", first));
    doc.proposals.add(new ProposalItem("2", second));
    return doc.build();
  }

  /** Appends a cover and sections to one text, keeping the offsets that records need. */
  private static final class Builder {
    private final int meeting;
    private final int number;
    private final String type;
    private final List<String> sources;
    private final String title;
    private final StringBuilder text = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private final List<ResolutionMention> mentions = new ArrayList<>();
    final List<ProposalItem> proposals = new ArrayList<>();

    Builder(int meeting, int number, String type, List<String> sources, String title) {
      this.meeting = meeting;
      this.number = number;
      this.type = type;
      this.sources = sources;
      this.title = title;
      text.append("Council Working Group on International Internet-related Public Policy Issues\n")
          .append(number())
          .append('\n')
          .append(title)
          .append('\n');
    }

    String number() {
      return "CWG-Internet-" + meeting + "/" + number;
    }

    void section(
        SectionKind kind, String printed, String heading, String body, List<String> citations) {
      int start = text.length();
      text.append(printed == null ? "" : printed + "\t").append(heading).append('\n');
      int bodyStart = text.length();
      text.append(body).append('\n');
      for (String citation : citations) {
        int at = bodyStart + body.indexOf(citation);
        boolean council = citation.equals(COUNCIL_1305);
        mentions.add(
            new ResolutionMention(
                council ? "Council" : "PP",
                council ? "1305" : "102",
                council ? null : "Rev. Bucharest, 2022",
                null,
                citation,
                at,
                at + citation.length(),
                kind,
                false));
      }
      sections.add(new Section(kind, heading, printed, 1, body, start, text.length()));
    }

    DocumentRecord build() {
      String path =
          "/corpus/meeting-" + meeting + "/CWG-Internet-" + meeting + "-" + number + ".txt";
      Metadata metadata =
          new Metadata(
              number(),
              "CWG-Internet",
              meeting,
              "Geneva",
              DATES.get(meeting),
              DATES.get(meeting),
              sources,
              title,
              type,
              "en",
              Map.of("number", Provenance.COVER, "meeting", Provenance.COVER));
      String all = text.toString();
      return new DocumentRecord(
          "m" + meeting + "-d" + number,
          new SourceFile(path, null, all.length(), 0, "text/plain"),
          metadata,
          sections,
          proposals,
          List.of(),
          mentions,
          List.of(),
          all,
          WordCounter.count(all));
    }
  }
}
