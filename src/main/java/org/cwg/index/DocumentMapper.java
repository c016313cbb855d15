package org.cwg.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.cwg.json.Json;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.model.Language;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;
import org.cwg.model.SourceFile;
import org.cwg.reuse.Fingerprints;
import org.cwg.reuse.ReuseText;

/** Maps a {@link DocumentRecord} to Lucene documents and back. */
public final class DocumentMapper {

  /** Stored, with offsets in the postings so that highlighting needs no re-analysis. */
  static final FieldType STORED_TEXT = storedText();

  private static final ObjectMapper JSON = Json.mapper();

  private static final ObjectReader PROPOSALS =
      JSON.readerFor(ProposalItem[].class).at("/proposals");

  private DocumentMapper() {}

  private static FieldType storedText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * The Lucene documents of one file: the document itself, one per section, and its front matter
   * (the text outside every section) when there is any.
   */
  public static List<Document> toDocuments(DocumentRecord record) {
    List<Document> documents = new ArrayList<>(1 + record.sections().size());
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_DOCUMENT, Field.Store.NO));
    addFileFields(doc, record.id(), record.file());
    addFilterFields(doc, record);
    addTitle(doc, record);
    if (record.text() != null) {
      // Sections and front matter index every word; indexing the whole text again doubled the
      // cost of indexing for nothing that search cannot find through them.
      doc.add(new StoredField(IndexFields.DOCUMENT_TEXT, record.text()));
      addReuseFingerprints(doc, record);
    }
    doc.add(new StoredField(IndexFields.RECORD, recordJson(record)));
    documents.add(doc);

    for (int i = 0; i < record.sections().size(); i++) {
      documents.add(sectionDocument(record, i));
    }
    String front = frontMatter(record);
    if (!front.isBlank()) {
      documents.add(frontDocument(record, front));
    }
    return documents;
  }

  /**
   * Indexed with their word positions, not stored: a reader recomputes a text's fingerprints faster
   * than it loads them, and finds from the positions which shared ones lie along a passage.
   */
  private static void addReuseFingerprints(Document doc, DocumentRecord record) {
    Fingerprints.Positioned fingerprints = ReuseText.words(record).fingerprints();
    if (fingerprints.hashes().length > 0) {
      doc.add(FingerprintTokens.field(fingerprints));
    }
  }

  /** The text before the first section, or all of it when the document has no sections. */
  public static String frontMatter(DocumentRecord record) {
    String text = record.text() == null ? "" : record.text();
    if (record.sections().isEmpty()) {
      return text;
    }
    int firstStart = record.sections().stream().mapToInt(Section::start).min().orElse(0);
    return text.substring(0, Math.max(0, Math.min(firstStart, text.length())));
  }

  private static Document frontDocument(DocumentRecord record, String front) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_FRONT, Field.Store.NO));
    addUnitFields(doc, record);
    doc.add(textField(record, IndexFields.TEXT, front));
    return doc;
  }

  private static void addTitle(Document doc, DocumentRecord record) {
    if (record.metadata().title() != null) {
      doc.add(textField(record, IndexFields.TITLE, record.metadata().title()));
    }
  }

  /** What every ranked unit (section or front) carries of its file: filters, display, order. */
  private static void addUnitFields(Document doc, DocumentRecord record) {
    doc.add(new StringField(IndexFields.DOC_ID, record.id(), Field.Store.YES));
    addPath(doc, record.file().path());
    addFilterFields(doc, record);
    addTitle(doc, record);
    doc.add(
        new SortedDocValuesField(
            IndexFields.CORPUS_ORDER,
            CorpusOrderKey.of(
                record.metadata().meeting(), record.metadata().number(), record.file().path())));
  }

  private static Document sectionDocument(DocumentRecord record, int index) {
    Section section = record.sections().get(index);
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_SECTION, Field.Store.NO));
    addUnitFields(doc, record);
    doc.add(new StringField(IndexFields.SECTION, section.kind().id(), Field.Store.YES));
    doc.add(new SortedSetDocValuesField(IndexFields.SECTION, new BytesRef(section.kind().id())));
    doc.add(textField(record, IndexFields.HEADING, section.heading()));
    if (section.number() != null) {
      doc.add(new StoredField(IndexFields.SECTION_NUMBER, section.number()));
    }
    doc.add(new StoredField(IndexFields.SECTION_INDEX, index));
    doc.add(new NumericDocValuesField(IndexFields.SECTION_INDEX, index));
    String text = section.heading() + "\n" + section.text();
    doc.add(textField(record, IndexFields.TEXT, text));
    return doc;
  }

  /** A stored text field of {@code record}, analysed in the record's language. */
  private static Field textField(DocumentRecord record, String name, String text) {
    Analyzer analyzer =
        CwgAnalyzers.forIndexing(Language.ofCode(record.metadata().language()).orElse(null));
    return new LanguageField(name, text, analyzer);
  }

  /**
   * A text field analysed by the analyzer of its document's language rather than by the writer's
   * one: the writer analyses field by field and knows nothing of documents.
   */
  private static final class LanguageField extends Field {
    private final Analyzer analyzer;

    LanguageField(String name, String text, Analyzer analyzer) {
      super(name, text, STORED_TEXT);
      this.analyzer = analyzer;
    }

    @Override
    public TokenStream tokenStream(Analyzer writers, TokenStream reuse) {
      return super.tokenStream(analyzer, reuse);
    }
  }

  /** The Lucene document that remembers a file which could not be read. */
  public static Document failureDocument(String docId, SourceFile file, String reason) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_FAILURE, Field.Store.NO));
    addFileFields(doc, docId, file);
    doc.add(new StoredField(IndexFields.FAILURE, reason));
    return doc;
  }

  private static void addFileFields(Document doc, String docId, SourceFile file) {
    doc.add(new StringField(IndexFields.DOC_ID, docId, Field.Store.YES));
    addPath(doc, file.path());
    if (file.sha256() != null) {
      doc.add(new StoredField(IndexFields.SHA256, file.sha256()));
    }
    doc.add(new StoredField(IndexFields.SIZE, file.size()));
    doc.add(new StoredField(IndexFields.MODIFIED, file.modified()));
  }

  /** Lucene wants a field indexed the same way in every document that has it. */
  private static void addPath(Document doc, String path) {
    doc.add(new StringField(IndexFields.PATH, path, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.PATH, new BytesRef(path)));
  }

  /**
   * Fields that filters, facets and hits use, on documents and sections alike: keywords stored and
   * indexed; doc values only where Lucene sorts or counts by them.
   */
  private static void addFilterFields(Document doc, DocumentRecord record) {
    Metadata metadata = record.metadata();
    addKeyword(doc, IndexFields.NUMBER, metadata.number());
    addKeyword(doc, IndexFields.TYPE, metadata.type());
    addKeyword(doc, IndexFields.GROUP, metadata.group());
    addKeyword(doc, IndexFields.LANGUAGE, metadata.language());
    if (metadata.meeting() != null) {
      int meeting = metadata.meeting();
      doc.add(new IntPoint(IndexFields.MEETING, meeting));
      doc.add(new NumericDocValuesField(IndexFields.MEETING, meeting));
      doc.add(new StoredField(IndexFields.MEETING, meeting));
    }
    if (metadata.date() != null) {
      addKeyword(doc, IndexFields.DATE, metadata.date());
      doc.add(new SortedDocValuesField(IndexFields.DATE, new BytesRef(metadata.date())));
      try {
        long day = LocalDate.parse(metadata.date()).toEpochDay();
        doc.add(new LongPoint(IndexFields.DATE_DAY, day));
      } catch (DateTimeParseException e) {
        // A partial date ("2024-10") still sorts as text; it just takes no part in ranges.
      }
    }
    for (String source : metadata.sources()) {
      doc.add(new StringField(IndexFields.SOURCE, source, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(IndexFields.SOURCE, new BytesRef(source)));
    }
    record.resolutions().stream()
        .map(ResolutionMention::key)
        .distinct()
        .forEach(key -> doc.add(new StringField(IndexFields.CITES, key, Field.Store.NO)));
  }

  private static void addKeyword(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }

  /** The record as stored: everything but the text, which has a stored field of its own. */
  private static String recordJson(DocumentRecord record) {
    DocumentRecord withoutText = record.withText(null);
    try {
      return JSON.writeValueAsString(withoutText);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rebuilds the record from a stored {@code document} Lucene document. */
  public static DocumentRecord toRecord(Document stored) {
    try {
      DocumentRecord record = JSON.readValue(stored.get(IndexFields.RECORD), DocumentRecord.class);
      return record.withText(stored.get(IndexFields.DOCUMENT_TEXT));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("damaged record in the index", e);
    }
  }

  /** The proposal items of a stored record, without binding the rest of it. */
  public static List<ProposalItem> proposals(Document stored) {
    try {
      return List.of(PROPOSALS.<ProposalItem[]>readValue(stored.get(IndexFields.RECORD)));
    } catch (IOException e) {
      throw new UncheckedIOException("damaged record in the index", e);
    }
  }

  /**
   * The stored fields {@link #summaryOf} reads: load only these where a summary is all you need.
   */
  public static final Set<String> SUMMARY_FIELDS =
      Set.of(
          IndexFields.DOC_ID,
          IndexFields.PATH,
          IndexFields.NUMBER,
          IndexFields.MEETING,
          IndexFields.DATE,
          IndexFields.TYPE,
          IndexFields.SOURCE,
          IndexFields.TITLE,
          IndexFields.LANGUAGE);

  /**
   * The summary of a document from the fields stored with it, or with any of its sections and front
   * matter (they carry the same).
   */
  public static DocumentSummary summaryOf(Document stored) {
    IndexableField meeting = stored.getField(IndexFields.MEETING);
    return new DocumentSummary(
        stored.get(IndexFields.DOC_ID),
        stored.get(IndexFields.PATH),
        stored.get(IndexFields.NUMBER),
        meeting == null ? null : meeting.numericValue().intValue(),
        stored.get(IndexFields.DATE),
        stored.get(IndexFields.TYPE),
        List.of(stored.getValues(IndexFields.SOURCE)),
        stored.get(IndexFields.TITLE),
        stored.get(IndexFields.LANGUAGE));
  }
}
