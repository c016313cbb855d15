package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.Contact;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.DocumentVersion;
import org.cwg.model.Footnote;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.Provenance;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;

/**
 * One document as {@code cwg show} presents it: metadata with provenance, outline, proposals,
 * citations and counts, and the other language versions of its number. The JSON field names are a
 * scripting interface: add, never rename.
 */
@JsonPropertyOrder({
  "id",
  "path",
  "number",
  "group",
  "meeting",
  "place",
  "meetingDate",
  "date",
  "sources",
  "title",
  "type",
  "language",
  "family",
  "questions",
  "purpose",
  "revision",
  "contacts",
  "placeholder",
  "provenance",
  "rules",
  "counts",
  "sections",
  "proposals",
  "footnotes",
  "resolutions",
  "references",
  "versions"
})
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
    String family,
    List<String> questions,
    String purpose,
    String revision,
    List<Contact> contacts,
    String placeholder,
    Map<String, Provenance> provenance,
    Map<String, String> rules,
    Counts counts,
    List<Section> sections,
    List<ProposalItem> proposals,
    List<Footnote> footnotes,
    List<ResolutionMention> resolutions,
    List<DocumentReference> references,
    List<DocumentVersion> versions) {

  /** How much of each the document has. */
  public record Counts(
      int sections, int proposals, int footnotes, int resolutions, int references, int words) {}

  /** A document alone, with no other language version known. */
  public static DocumentView of(DocumentRecord record) {
    return of(record, List.of());
  }

  /**
   * A document and its language versions (itself included), those the index holds under its number.
   */
  public static DocumentView of(DocumentRecord record, List<DocumentVersion> versions) {
    Metadata m = record.metadata();
    Map<String, Provenance> provenance = new LinkedHashMap<>();
    Map<String, String> rules = new LinkedHashMap<>();
    for (String field : Metadata.FIELDS) {
      if (m.provenance().containsKey(field)) {
        provenance.put(field, m.provenance().get(field));
      }
      if (m.rules().containsKey(field)) {
        rules.put(field, m.rules().get(field));
      }
    }
    Counts counts =
        new Counts(
            record.sections().size(),
            record.proposals().size(),
            record.footnotes().size(),
            record.resolutions().size(),
            record.references().size(),
            record.words());
    return new DocumentView(
        record.id(),
        record.file().path(),
        m.number(),
        m.group(),
        m.meeting(),
        m.place(),
        m.meetingDate(),
        m.date(),
        m.sources(),
        m.title(),
        m.type(),
        m.language(),
        m.family(),
        m.questions(),
        m.purpose(),
        m.revision(),
        m.contacts(),
        m.placeholder(),
        provenance,
        rules,
        counts,
        record.sections(),
        record.proposals(),
        record.footnotes(),
        record.resolutions(),
        record.references(),
        List.copyOf(versions));
  }

  private static String contactLine(Contact contact) {
    List<String> parts = new java.util.ArrayList<>();
    for (String part : new String[] {contact.name(), contact.organization(), contact.email()}) {
      if (part != null) {
        parts.add(part);
      }
    }
    return String.join(", ", parts);
  }

  /** Where a field's value came from and the rule that found it: "cover; rule", or null. */
  String originOf(String field) {
    Provenance from = provenance.get(field);
    if (from == null) {
      return null;
    }
    String rule = rules.get(field);
    if (rule == null) {
      return from.toString();
    }
    // "cover: ITU-T table, cell after 'Title:'" already says where it came from.
    return rule.startsWith(from + ":") ? rule : from + "; " + rule;
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
      case "family" -> family;
      case "questions" -> questions.isEmpty() ? null : String.join(", ", questions);
      case "purpose" -> purpose;
      case "revision" -> revision;
      case "contacts" ->
          contacts.isEmpty()
              ? null
              : String.join("; ", contacts.stream().map(DocumentView::contactLine).toList());
      case "placeholder" -> placeholder;
      default -> throw new IllegalArgumentException(field);
    };
  }
}
