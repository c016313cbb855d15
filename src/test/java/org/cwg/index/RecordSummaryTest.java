package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.cwg.index.RecordSummary.SectionLabel;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.model.SourceFile;
import org.junit.jupiter.api.Test;

class RecordSummaryTest {

  private static final String TEXT = "COVER\nPurpose\nTo test.\n2\tProposals\nWe propose.\n";

  private static String storedRecord(DocumentRecord record) {
    return DocumentMapper.toDocuments(record).get(0).get(IndexFields.RECORD);
  }

  @Test
  void readsWhatAHitShowsAsTheRecordHoldsIt() {
    Metadata metadata =
        new Metadata(
            "CWG-Internet-20/4",
            "CWG-Internet",
            20,
            "Geneva",
            "2024-09-16",
            "2024-09-01",
            List.of("Russian Federation", "Belarus", "Armenia"),
            "On \"quoted\" matters, ünïcode — too",
            "contribution",
            "en",
            Map.of());
    DocumentRecord record =
        new DocumentRecord(
            "doc-7",
            new SourceFile("/corpus/b.docx", "ab", 10, 1, "application/x"),
            metadata,
            List.of(
                new Section(SectionKind.PURPOSE, "Purpose", null, 1, "To test.", 6, 23),
                new Section(SectionKind.PROPOSAL, "Proposals", "2", 1, "We propose.", 23, 47)),
            List.of(new ProposalItem("1", "First {item} [x]"), new ProposalItem(null, "Second")),
            List.of(),
            List.of(),
            List.of(),
            TEXT,
            6);

    RecordSummary summary = RecordSummary.of(storedRecord(record));

    assertEquals("doc-7", summary.id());
    assertEquals("/corpus/b.docx", summary.path());
    assertEquals("CWG-Internet-20/4", summary.number());
    assertEquals(20, summary.meeting());
    assertEquals("2024-09-01", summary.date());
    assertEquals(
        List.of("Russian Federation", "Belarus", "Armenia"),
        summary.sources(),
        "sources in the order written, unlike their doc values");
    assertEquals(metadata.title(), summary.title());
    assertEquals("contribution", summary.type());
    assertEquals(
        List.of(new SectionLabel("Purpose", null), new SectionLabel("Proposals", "2")),
        summary.sections());
    assertEquals(record.proposals(), summary.proposals());
  }

  @Test
  void whatTheRecordDoesNotKnowStaysNull() {
    DocumentRecord record =
        new DocumentRecord(
            "doc-8",
            new SourceFile("/corpus/c.txt", null, 1, 0, null),
            Metadata.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "x",
            1);

    RecordSummary summary = RecordSummary.of(storedRecord(record));

    assertNull(summary.number());
    assertNull(summary.meeting());
    assertNull(summary.date());
    assertNull(summary.title());
    assertNull(summary.type());
    assertEquals(List.of(), summary.sources());
    assertEquals(List.of(), summary.sections());
    assertEquals(List.of(), summary.proposals());
  }
}
