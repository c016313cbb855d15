package org.cwg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.cwg.model.SourceFile;
import org.junit.jupiter.api.Test;

class ReferenceGraphTest {

  private static DocumentRecord record(
      String id, String number, String language, List<DocumentReference> references) {
    Metadata metadata =
        new Metadata(
            number,
            "CWG-Internet",
            20,
            null,
            null,
            null,
            List.of(),
            null,
            "contribution",
            language,
            Map.of("number", Provenance.COVER));
    return new DocumentRecord(
        id,
        new SourceFile("/corpus/" + id + ".docx", null, 1, 0, "text/plain"),
        metadata,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        references,
        "",
        0);
  }

  private static DocumentReference naming(String number) {
    return new DocumentReference(number, number, 0, number.length(), false, null);
  }

  /** The French id sorts first, so that only the language order can make English stand. */
  private final DocumentRecord french = record("0000", "CWG-Internet-20/4", "fr", List.of());

  private final DocumentRecord english = record("ffff", "CWG-Internet-20/4", "en", List.of());

  private final DocumentRecord report =
      record("8888", null, "en", List.of(naming("CWG-Internet-20/4")));

  private final ReferenceGraph graph = new ReferenceGraph(List.of(french, report, english));

  @Test
  void aReferenceToANumberResolvesToItsEnglishVersion() {
    assertEquals(
        List.of("ffff"), graph.linksOf(report).targets().stream().map(t -> t.id()).toList());
  }

  @Test
  void everyLanguageVersionIsReferredToByWhatNamesItsNumber() {
    for (DocumentRecord version : List.of(english, french)) {
      List<String> referrers =
          graph.linksOf(version).referencedBy().stream().map(r -> r.document().id()).toList();
      assertEquals(List.of("8888"), referrers, version.metadata().language());
    }
  }
}
