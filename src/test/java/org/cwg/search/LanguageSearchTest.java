package org.cwg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cwg.index.CorpusReader;
import org.cwg.index.CorpusWriter;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.model.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents in Chinese, Arabic and English, each found in its own language's words. */
class LanguageSearchTest {

  @TempDir static Path tmp;
  static CorpusReader reader;
  static CorpusSearch search;

  @BeforeAll
  static void index() throws IOException {
    try (CorpusWriter writer = CorpusWriter.open(tmp.resolve("index"))) {
      writer.put(record("zh", "zh", "关于互联网治理的建议。各成员国应当讨论互联网的安全。"));
      writer.put(record("ar", "ar", "يدعو الاقتراح إلى تعزيز الاتصالات الدولية."));
      writer.put(record("en", "en", "Member States debate the governance of the Internet."));
      writer.put(record("unknown", null, "The working group discussed proposals."));
      writer.commit();
    }
    reader = CorpusReader.open(tmp.resolve("index"));
    search = new CorpusSearch(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  private static DocumentRecord record(String id, String language, String body) {
    String text = "Proposal\n" + body + "\n";
    Metadata metadata =
        new Metadata(
            "C25/" + id.length(),
            "Council",
            null,
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
        new SourceFile("/corpus/" + id + ".docx", null, text.length(), 0, "text/plain"),
        metadata,
        List.of(new Section(SectionKind.PROPOSAL, "Proposal", null, 1, body, 0, text.length())),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        text,
        10);
  }

  private static List<String> ids(String query, boolean exact) throws IOException {
    SearchRequest request =
        new SearchRequest(query, exact, SearchFilters.none(), 10, SortOrder.RELEVANCE, false);
    return search.search(request).hits().stream().map(SearchHit::id).distinct().sorted().toList();
  }

  @Test
  void chineseIsFoundByItsWordsAndPhrases() throws IOException {
    assertEquals(List.of("zh"), ids("互联网", false));
    assertEquals(List.of("zh"), ids("互联网治理", true));
    assertEquals(List.of("zh"), ids("\"互联网治理\"", false));
    // A word the segmenter keeps whole is not found by one of its characters alone.
    assertEquals(List.of(), ids("联", false));
  }

  @Test
  void arabicIsStemmedInArabic() throws IOException {
    // The text has "الاتصالات" (the telecommunications); the query is without the article.
    assertEquals(List.of("ar"), ids("اتصالات", false));
    assertEquals(List.of(), ids("اتصالات", true));
  }

  @Test
  void aQueryAsksForTheStemsOfTheIndexsLanguagesOnly() {
    String terms = UserQuery.parse("governing", false, reader.indexReader()).toString();
    // Arabic and English (Chinese documents' Latin words are English), no French or Russian.
    assertTrue(terms.contains("\u0001egovern"), terms);
    assertTrue(terms.contains("\u0001a"), terms);
    assertFalse(terms.contains("\u0001f") || terms.contains("\u0001r"), terms);
  }

  @Test
  void aDocumentInNoKnownLanguageIsStemmedAsEnglish() throws IOException {
    // Porter's stem of "discussions" is that of "discussed"; French or Spanish stems differ.
    assertEquals(List.of("unknown"), ids("discussions", false));
    assertEquals(List.of("en"), ids("governed", false));
  }
}
