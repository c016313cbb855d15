package org.cwg.model;

import java.util.List;

/**
 * A document in the few fields that say which one it is: the object every JSON output uses for a
 * document. Flat in the objects of {@code list}, {@code show}, {@code search}, {@code kwic}, {@code
 * cites}, {@code export} and a meeting's contributions; nested as {@code "document"} in {@code
 * refs}, {@code sections} and {@code outcome}, and as each outcome's {@code "report"}. The field
 * names are a scripting interface: add, never rename.
 *
 * @param id stable id
 * @param path the file
 * @param number document number, or null
 * @param meeting meeting number, or null
 * @param date ISO date of the document, or null
 * @param type contribution, report, ..., or null
 * @param sources submitting Member States or entities
 * @param title title, or null
 * @param language ISO 639-1 code such as {@code en}, or null
 */
public record DocumentSummary(
    String id,
    String path,
    String number,
    Integer meeting,
    String date,
    String type,
    List<String> sources,
    String title,
    String language) {

  public DocumentSummary {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  public static DocumentSummary of(DocumentRecord record) {
    Metadata m = record.metadata();
    return new DocumentSummary(
        record.id(),
        record.file().path(),
        m.number(),
        m.meeting(),
        m.date(),
        m.type(),
        m.sources(),
        m.title(),
        m.language());
  }
}
