package org.cwg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cwg.model.Contact;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentReference;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;
import org.cwg.model.SourceFile;
import org.cwg.parse.Block;
import org.cwg.parse.EditingTraces;

/**
 * Builds the documents the checks see, by hand: each section spans 100 characters of text, so that
 * citations placed "in section i" fall inside it.
 */
final class RecordFixture {

  private String path = "drafts/contribution.docx";
  private String number = "CWG-Internet-20/4";
  private Provenance numberFrom = Provenance.COVER;
  private Integer meeting = 20;
  private String type = "contribution";
  private String family;
  private String title = "A title";
  private List<String> sources = List.of();
  private String date;
  private String meetingDate;
  private List<String> questions = List.of();
  private String purpose;
  private String revision;
  private List<Contact> contacts = List.of();
  private String placeholder;
  private final Map<String, Provenance> fieldsFrom = new HashMap<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<ResolutionMention> resolutions = new ArrayList<>();
  private final List<DocumentReference> references = new ArrayList<>();
  private List<Block> blocks = List.of(Block.plain("Purpose"));
  private boolean plainText;
  private EditingTraces traces = EditingTraces.NONE;

  /** A contribution with a number, a meeting and the three sections it needs, all non-empty. */
  static RecordFixture contribution() {
    return new RecordFixture()
        .section(SectionKind.PURPOSE, null, "Purpose", 1, "To discuss.")
        .section(SectionKind.ACTION_REQUIRED, null, "Action required", 1, "Consider it.")
        .section(SectionKind.RATIONALE, "1", "Rationale", 1, "Because.")
        .section(SectionKind.PROPOSAL, "2", "Proposal", 1, "1 Do it.");
  }

  static RecordFixture bare() {
    return new RecordFixture();
  }

  RecordFixture path(String value) {
    path = value;
    return this;
  }

  RecordFixture number(String value, Provenance from) {
    number = value;
    numberFrom = from;
    return this;
  }

  RecordFixture meeting(Integer value) {
    meeting = value;
    return this;
  }

  RecordFixture type(String value) {
    type = value;
    return this;
  }

  RecordFixture family(String value) {
    family = value;
    return this;
  }

  RecordFixture title(String value, Provenance from) {
    title = value;
    return from(from, "title");
  }

  RecordFixture sources(Provenance from, String... values) {
    sources = List.of(values);
    return from(from, "sources");
  }

  RecordFixture date(String value, Provenance from) {
    date = value;
    return from(from, "date");
  }

  RecordFixture meetingDate(String value, Provenance from) {
    meetingDate = value;
    return from(from, "meetingDate");
  }

  /** A cover with a source, a date and a title, as a Council or CWG cover gives them. */
  RecordFixture councilCover() {
    return sources(Provenance.COVER, "Russian Federation")
        .date("2025-05-12", Provenance.COVER)
        .title("A title", Provenance.COVER);
  }

  RecordFixture questions(String... values) {
    questions = List.of(values);
    return from(Provenance.COVER, "questions");
  }

  RecordFixture purpose(String value) {
    purpose = value;
    return from(Provenance.COVER, "purpose");
  }

  RecordFixture revision(String value, Provenance from) {
    revision = value;
    return from(from, "revision");
  }

  RecordFixture contacts(Contact... values) {
    contacts = List.of(values);
    return from(Provenance.COVER, "contacts");
  }

  RecordFixture placeholder(String value) {
    placeholder = value;
    return from(Provenance.COVER, "placeholder");
  }

  private RecordFixture from(Provenance from, String field) {
    if (from == null) {
      fieldsFrom.remove(field);
    } else {
      fieldsFrom.put(field, from);
    }
    return this;
  }

  RecordFixture section(SectionKind kind, String num, String heading, int level, String text) {
    int start = sections.size() * 100;
    sections.add(new Section(kind, heading, num, level, text, start, start + 100));
    return this;
  }

  RecordFixture withoutSections() {
    sections.clear();
    return this;
  }

  /** A citation inside the section at {@code sectionIndex}. */
  RecordFixture cites(int sectionIndex, String body, String num, String qualifier, String text) {
    int start = sectionIndex * 100 + 10 + resolutions.size();
    resolutions.add(
        new ResolutionMention(
            body,
            num,
            qualifier,
            null,
            text,
            start,
            start + text.length(),
            sections.get(sectionIndex).kind(),
            false));
    return this;
  }

  RecordFixture refers(int sectionIndex, String id, String text) {
    int start = sectionIndex * 100 + 50 + references.size();
    references.add(new DocumentReference(id, text, start, start + text.length(), false, null));
    return this;
  }

  RecordFixture lines(String... text) {
    blocks = java.util.Arrays.stream(text).map(Block::plain).toList();
    plainText = true;
    return this;
  }

  RecordFixture paragraphs(String... text) {
    blocks = java.util.Arrays.stream(text).map(Block::plain).toList();
    plainText = false;
    return this;
  }

  RecordFixture traces(EditingTraces value) {
    traces = value;
    return this;
  }

  CheckedDocument build() {
    Map<String, Provenance> provenance = new HashMap<>();
    if (number != null) {
      provenance.put("number", numberFrom);
    }
    if (meeting != null) {
      provenance.put("meeting", Provenance.COVER);
    }
    if (type != null) {
      provenance.put("type", Provenance.TEXT);
    }
    if (family != null) {
      provenance.put("family", Provenance.COVER);
    }
    provenance.putAll(fieldsFrom);
    Metadata metadata =
        new Metadata(
            number,
            family,
            number == null ? null : "CWG-Internet",
            meeting,
            null,
            meetingDate,
            date,
            sources,
            title,
            type,
            "en",
            questions,
            purpose,
            revision,
            contacts,
            placeholder,
            provenance,
            Map.of());
    DocumentRecord record =
        new DocumentRecord(
            "id",
            new SourceFile(path, null, 1, 0, "text/plain"),
            metadata,
            sections,
            List.of(),
            List.of(),
            resolutions,
            references,
            "x".repeat(Math.max(1, sections.size() * 100)),
            1);
    return new CheckedDocument(path, record, blocks, plainText, traces);
  }

  /** The findings of the default rules, as "rule | location | message | section" lines. */
  List<String> findings() {
    return findings(RuleSettings.defaults(), null);
  }

  List<String> findings(RuleSettings settings, KnownDocuments known) {
    return DocumentChecks.run(build(), settings, known).findings().stream()
        .map(
            f ->
                f.rule()
                    + " | "
                    + f.severity()
                    + " | "
                    + f.location()
                    + " | "
                    + f.message()
                    + " | "
                    + f.section())
        .toList();
  }
}
