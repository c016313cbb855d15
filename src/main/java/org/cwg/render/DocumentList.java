package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Language;
import org.cwg.model.Metadata;

/**
 * The indexed documents as {@code cwg list} shows them: one entry per file in JSON and CSV; in
 * text, one line per document, its language versions on one line ({@link #byDocument()}).
 */
public record DocumentList(List<Entry> entries) implements Tabular {

  /**
   * One document. The JSON field names are a scripting interface: add, never rename.
   *
   * @param id stable id
   * @param path the file
   * @param number document number, or null
   * @param meeting meeting number, or null
   * @param date document date, or null
   * @param type document type (contribution, report, ...), or null
   * @param sources submitting Member States or entities
   * @param title title, or null
   * @param mediaType media type detected from the content
   * @param size file size in bytes
   * @param words words of text
   * @param language ISO 639-1 code of the document's language, or null
   */
  public record Entry(
      String id,
      String path,
      String number,
      Integer meeting,
      String date,
      String type,
      List<String> sources,
      String title,
      String mediaType,
      long size,
      int words,
      String language) {

    /** An entry whose language is not known. */
    public Entry(
        String id,
        String path,
        String number,
        Integer meeting,
        String date,
        String type,
        List<String> sources,
        String title,
        String mediaType,
        long size,
        int words) {
      this(id, path, number, meeting, date, type, sources, title, mediaType, size, words, null);
    }
  }

  public static DocumentList of(List<DocumentRecord> records) {
    return new DocumentList(records.stream().map(DocumentList::entryOf).toList());
  }

  private static Entry entryOf(DocumentRecord record) {
    Metadata m = record.metadata();
    return new Entry(
        record.id(),
        record.file().path(),
        m.number(),
        m.meeting(),
        m.date(),
        m.type(),
        m.sources(),
        m.title(),
        record.file().mediaType(),
        record.file().size(),
        record.words(),
        m.language());
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
                    e.id(),
                    orEmpty(e.number()),
                    e.meeting() == null ? "" : e.meeting().toString(),
                    orEmpty(e.date()),
                    orEmpty(e.type()),
                    String.join("; ", e.sources()),
                    orEmpty(e.title()),
                    e.path(),
                    orEmpty(e.language())))
        .toList();
  }

  /** The documents a list shows with {@code --lang}: only the versions in that language. */
  public DocumentList inLanguage(String code) {
    return new DocumentList(entries.stream().filter(e -> code.equals(e.language())).toList());
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
      String key = entry.number() != null ? "number " + entry.number() : "id " + entry.id();
      versions.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<Entry> document : versions.values()) {
      document.sort(Comparator.comparingInt(DocumentList::languageOrder));
      Entry shown =
          document.stream()
              .filter(e -> Language.ENGLISH.code().equals(e.language()))
              .findFirst()
              .orElse(document.get(0));
      StringBuilder languages = new StringBuilder();
      document.stream()
          .map(e -> Language.ofCode(e.language()).map(l -> "" + l.letter()).orElse("?"))
          .distinct()
          .forEach(languages::append);
      rows.add(
          List.of(
              shown.id(),
              orEmpty(shown.number()),
              languages.toString(),
              shown.meeting() == null ? "" : shown.meeting().toString(),
              orEmpty(shown.date()),
              orEmpty(shown.type()),
              String.join("; ", shown.sources()),
              orEmpty(shown.title()),
              shown.path()));
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
    return Language.ofCode(entry.language()).map(Enum::ordinal).orElse(Language.values().length);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
