package org.cwg.generate;

import java.nio.file.Path;
import java.util.List;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/**
 * Records for two seeds built by hand from the hand-checked expectations, standing in for the
 * structure extractor so that the layout can be tested on its own.
 */
final class SeedRecords {

  static final String SEED_001 = "001_27e60200d3c8a806.txt";
  static final String SEED_003 = "003_a40fdb2044d530c8.txt";

  private SeedRecords() {}

  static DocumentRecord seed001() {
    return record(
        List.of(
            section(SectionKind.PURPOSE, "Purpose", null, 1),
            section(SectionKind.ACTION_REQUIRED, "Action required by the Council", null, 1),
            section(SectionKind.RATIONALE, "Rationale for proposal", "1", 1),
            section(SectionKind.PROPOSAL, "Proposal", "2", 1)),
        List.of(
            new ProposalItem(
                "1)",
                "discuss the issues related to the ITU Member States’ "
                    + "regulation of aspects of the Internet"),
            new ProposalItem(
                "2)",
                "call on Member States to share their views on the "
                    + "preparation of international legal instruments")));
  }

  static DocumentRecord seed003() {
    String outcome = "Outcome for Council";
    return record(
        List.of(
            section(SectionKind.PURPOSE, "Purpose", null, 1),
            section(SectionKind.ACTION_REQUIRED, "Action required", null, 1),
            section(SectionKind.REFERENCES, "References", null, 1),
            section(SectionKind.INTRODUCTION, "Introduction", "I", 1),
            section(
                SectionKind.TOPIC,
                "The security, safety, continuity, sustainability, and "
                    + "robustness of the Internet",
                "1",
                2),
            section(SectionKind.OUTCOME, outcome, null, 3),
            section(
                SectionKind.TOPIC,
                "Issues pertaining to the use and misuse of the Internet",
                "2",
                2),
            section(SectionKind.OUTCOME, outcome, null, 3),
            section(SectionKind.TOPIC, "Developmental aspects of the Internet", "3", 2),
            section(SectionKind.OUTCOME, outcome, null, 3),
            section(SectionKind.TOPIC, "International Internet Connectivity", "4", 2),
            section(SectionKind.OUTCOME, outcome, null, 3),
            section(SectionKind.PROPOSAL, "Proposals", "II", 1)),
        List.of(new ProposalItem(null, "The Russian Federation proposes to note this document")));
  }

  private static Section section(SectionKind kind, String heading, String number, int level) {
    return new Section(kind, heading, number, level, "", 0, 0);
  }

  private static DocumentRecord record(List<Section> sections, List<ProposalItem> proposals) {
    return new DocumentRecord(
        "test",
        null,
        Metadata.empty(),
        sections,
        proposals,
        List.of(),
        List.of(),
        List.of(),
        "",
        0);
  }

  static Path seedFile(String name) {
    return Path.of("samples", "txt", name);
  }
}
