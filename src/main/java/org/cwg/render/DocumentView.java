package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.Footnote;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.Provenance;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;

/**
 * One document as {@code cwg show} presents it: metadata with provenance, outline, proposals,
 * citations and counts. The JSON field names are a scripting interface: add, never rename.
 */
@JsonPropertyOrder({"id", "path", "number", "group", "meeting", "place", "meetingDate", "date",
    "sources", "title", "type", "language", "provenance", "counts", "sections", "proposals",
    "footnotes", "resolutions", "references"})
public record DocumentView(
    String id,
    String path,
    String number,
    String group,
    Integer meeting,
    String place,
    String meetingDate,
    String date,
    List<String> sources,
    String title,
    String type,
    String language,
    Map<String, Provenance> provenance,
    Counts counts,
    List<Section> sections,
    List<ProposalItem> proposals,
    List<Footnote> footnotes,
    List<ResolutionMention> resolutions,
    List<DocumentReference> references) {

  /** Metadata fields in the order they are shown. */
  static final List<String> FIELDS = List.of("number", "group", "meeting", "place",
      "meetingDate", "date", "sources", "title", "type", "language");

  /** How much of each the document has. */
  public record Counts(
      int sections, int proposals, int footnotes, int resolutions, int references, int words) {}

  public static DocumentView of(DocumentRecord record) {
    Metadata m = record.metadata();
    Map<String, Provenance> provenance = new LinkedHashMap<>();
    for (String field : FIELDS) {
      if (m.provenance().containsKey(field)) {
        provenance.put(field, m.provenance().get(field));
      }
    }
    Counts counts = new Counts(record.sections().size(), record.proposals().size(),
        record.footnotes().size(), record.resolutions().size(), record.references().size(),
        record.words());
    return new DocumentView(record.id(), record.file().path(), m.number(), m.group(),
        m.meeting(), m.place(), m.meetingDate(), m.date(), m.sources(), m.title(), m.type(),
        m.language(), provenance, counts, record.sections(), record.proposals(),
        record.footnotes(), record.resolutions(), record.references());
  }

  /** A metadata field's value for display, or null. */
  Object valueOf(String field) {
    return switch (field) {
      case "number" -> number;
      case "group" -> group;
      case "meeting" -> meeting;
      case "place" -> place;
      case "meetingDate" -> meetingDate;
      case "date" -> date;
      case "sources" -> sources.isEmpty() ? null : String.join("; ", sources);
      case "title" -> title;
      case "type" -> type;
      case "language" -> language;
      default -> throw new IllegalArgumentException(field);
    };
  }
}
