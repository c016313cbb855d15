package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.model.Language;

/**
 * The indexed documents as {@code cwg list} shows them: one entry per file in JSON and CSV; in
 * text, one line per document, its language versions on one line ({@link #byDocument()}).
 */
public record DocumentList(List<Entry> entries) implements Tabular {

  /**
   * One file. The JSON field names are a scripting interface: add, never rename.
   *
   * @param document the document's summary, written flat
   * @param mediaType media type detected from the content
   * @param size file size in bytes
   * @param words words of text
   */
  public record Entry(
      @JsonUnwrapped DocumentSummary document, String mediaType, long size, int words) {}

  public static DocumentList of(List<DocumentRecord> records) {
    return new DocumentList(records.stream().map(DocumentList::entryOf).toList());
  }

  private static Entry entryOf(DocumentRecord record) {
    return new Entry(
        DocumentSummary.of(record),
        record.file().mediaType(),
        record.file().size(),
        record.words());
  }

  /** JSON is the bare array of entries. */
  @JsonValue
  public List<Entry> entries() {
    return entries;
  }

  @Override
  public List<String> header() {
    return List.of(
        "id", "number", "meeting", "date", "type", "sources", "title", "path", "language");
  }

  /** On a narrow terminal the number, date, title and path matter most. */
  @Override
  public List<String> optionalColumns() {
    return List.of("sources", "type", "meeting");
  }

  @Override
  public List<List<String>> rows() {
    return entries.stream()
        .map(
            e ->
                List.of(
                    e.document().id(),
                    orEmpty(e.document().number()),
                    e.document().meeting() == null ? "" : e.document().meeting().toString(),
                    orEmpty(e.document().date()),
                    orEmpty(e.document().type()),
                    String.join("; ", e.document().sources()),
                    orEmpty(e.document().title()),
                    e.document().path(),
                    orEmpty(e.document().language())))
        .toList();
  }

  /** The documents a list shows with {@code --lang}: only the versions in that language. */
  public DocumentList inLanguage(String code) {
    return new DocumentList(
        entries.stream().filter(e -> code.equals(e.document().language())).toList());
  }

  /**
   * One row per document: the language versions of a number share one, shown by their English
   * version (else the first in ITU's order of languages), the LANG column naming their languages by
   * ITU's letters ("EFRS": English, French, Russian, Spanish; "?" for a language not known). A
   * document without a number is a row of its own.
   */
  public Tabular byDocument() {
    Map<String, List<Entry>> versions = new LinkedHashMap<>();
    for (Entry entry : entries) {
      String key =
          entry.document().number() != null
              ? "number " + entry.document().number()
              : "id " + entry.document().id();
      versions.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<Entry> document : versions.values()) {
      document.sort(Comparator.comparingInt(DocumentList::languageOrder));
      Entry shown =
          document.stream()
              .filter(e -> Language.ENGLISH.code().equals(e.document().language()))
              .findFirst()
              .orElse(document.get(0));
      StringBuilder languages = new StringBuilder();
      document.stream()
          .map(e -> Language.ofCode(e.document().language()).map(l -> "" + l.letter()).orElse("?"))
          .distinct()
          .forEach(languages::append);
      rows.add(
          List.of(
              shown.document().id(),
              orEmpty(shown.document().number()),
              languages.toString(),
              shown.document().meeting() == null ? "" : shown.document().meeting().toString(),
              orEmpty(shown.document().date()),
              orEmpty(shown.document().type()),
              String.join("; ", shown.document().sources()),
              orEmpty(shown.document().title()),
              shown.document().path()));
    }
    return new Tabular() {
      @Override
      public List<String> header() {
        return List.of(
            "id", "number", "lang", "meeting", "date", "type", "sources", "title", "path");
      }

      @Override
      public List<List<String>> rows() {
        return rows;
      }

      @Override
      public List<String> optionalColumns() {
        return DocumentList.this.optionalColumns();
      }
    };
  }

  private static int languageOrder(Entry entry) {
    return Language.ituOrder(entry.document().language());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
