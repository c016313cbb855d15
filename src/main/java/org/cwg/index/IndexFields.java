package org.cwg.index;

/**
 * The names of every Lucene field cwg writes.
 *
 * <p>The index holds four kinds of Lucene document, told apart by {@link #KIND}: one {@code
 * document} per file with its whole text and its stored record, one {@code section} per section (so
 * that search can name and filter by the section a hit falls in), one {@code front} per file with
 * the text outside its sections (the cover block, or everything when no section was found, so that
 * section-level search still sees every word), and one {@code failure} per file that could not be
 * read (so that an unchanged broken file is not parsed again). Every kind carries {@link #DOC_ID},
 * so one delete-by-term removes a file and all of its sections. Section and front documents carry
 * copies of the filter fields of their file (meeting, date, sources, type, citations), so that
 * filters need no join, and store what a search hit shows of their file, so that a hit is read from
 * its own stored fields.
 */
public final class IndexFields {

  /** {@code document}, {@code section}, {@code front} or {@code failure}. */
  public static final String KIND = "kind";

  public static final String KIND_DOCUMENT = "document";
  public static final String KIND_SECTION = "section";
  public static final String KIND_FAILURE = "failure";

  /** The text of a file outside all its sections; with the sections, what search ranks. */
  public static final String KIND_FRONT = "front";

  /** The stable document id, on every kind. */
  public static final String DOC_ID = "doc_id";

  /** Absolute path of the file; its doc values count the documents a search's hits fall in. */
  public static final String PATH = "path";

  /** Hex SHA-256 of the file's content. */
  public static final String SHA256 = "sha256";

  /** File size in bytes (stored). */
  public static final String SIZE = "size";

  /** File modification time in epoch milliseconds (stored). */
  public static final String MODIFIED = "modified";

  /** Normalised document number, such as {@code CWG-Internet-20/4}, as a keyword. */
  public static final String NUMBER = "number";

  /** Document type: contribution, report, ... */
  public static final String TYPE = "type";

  /** Meeting number: point for ranges, doc values for facets, stored. */
  public static final String MEETING = "meeting";

  /** Document date as ISO text (keyword, sortable). */
  public static final String DATE = "date";

  /** Document date as epoch day, for ranges. */
  public static final String DATE_DAY = "date_day";

  /** One value per submitting Member State or entity, as written: stored in order, faceted. */
  public static final String SOURCE = "source";

  /** Group such as {@code CWG-Internet}. */
  public static final String GROUP = "group";

  /** Language code. */
  public static final String LANGUAGE = "language";

  /** Title, analysed like the body and stored. */
  public static final String TITLE = "title";

  /**
   * Section or front matter text, stored, with every word as written and the stems, in the
   * document's language, of those that have another (see {@link CwgAnalyzers}), offsets included
   * for snippets and kwic.
   */
  public static final String TEXT = "text";

  /**
   * A document's whole text, stored only (on documents): its words are indexed once, in its
   * sections and front matter.
   */
  public static final String DOCUMENT_TEXT = "document_text";

  /** Section kind (on sections): purpose, proposal, ... */
  public static final String SECTION = "section";

  /** Section heading as written, stored and analysed like the body (on sections). */
  public static final String HEADING = "heading";

  /** Section number as printed (on sections). */
  public static final String SECTION_NUMBER = "section_number";

  /** Position of the section in its document, 0-based (on sections): stored and sortable. */
  public static final String SECTION_INDEX = "section_index";

  /**
   * The file's place in corpus order (meeting, number, path) as a sortable key (on sections and
   * fronts), so that Lucene sorts tied hits the way cwg lists files.
   */
  public static final String CORPUS_ORDER = "corpus_order";

  /** Resolutions cited, one value per resolution as {@code "Council 1305"}. */
  public static final String CITES = "cites";

  /** The document's {@link org.cwg.model.DocumentRecord} as JSON, text left out (stored). */
  public static final String RECORD = "record";

  /**
   * The text-reuse fingerprints of a document's whole text (on documents), one 8-byte term each
   * (see {@link org.cwg.reuse.Fingerprints}): documents sharing a term are candidates for sharing a
   * passage, found by term lookups instead of comparing every text with every other.
   */
  public static final String REUSE = "reuse";

  /** Why a file could not be read (on failures). */
  public static final String FAILURE = "failure";

  private IndexFields() {}
}
