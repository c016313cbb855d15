package org.cwg.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cwg.index.DocumentMapper;
import org.cwg.index.IndexFields;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Language;
import org.cwg.model.Metadata;
import org.cwg.model.ResolutionMention;
import org.cwg.model.Section;

/**
 * One document as the units cwg's index holds (see {@link IndexFields}): the document itself, one
 * unit per section and one for its front matter, each a map of engine fields in a fixed order. The
 * sections and the front matter carry their document's filter fields, as in cwg's index, so that a
 * search over them filters and counts with no join. Values that are absent are left out.
 */
public final class SearchUnits {

  private final DocumentRecord record;
  private final Language language;

  private SearchUnits(DocumentRecord record) {
    this.record = record;
    this.language = Language.ofCode(record.metadata().language()).orElse(null);
  }

  public static SearchUnits of(DocumentRecord record) {
    return new SearchUnits(record);
  }

  /** The document: its file, its filter fields, its title and its whole text (stored only). */
  public Map<String, Object> document() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(EngineFields.ID, record.id());
    fields.put(IndexFields.KIND, IndexFields.KIND_DOCUMENT);
    fields.put(IndexFields.DOC_ID, record.id());
    fields.put(IndexFields.PATH, record.file().path());
    put(fields, IndexFields.SHA256, record.file().sha256());
    fields.put(IndexFields.SIZE, record.file().size());
    fields.put(IndexFields.MODIFIED, record.file().modified());
    fields.put(EngineFields.WORDS, record.words());
    addFilterFields(fields);
    addText(fields, IndexFields.TITLE, record.metadata().title());
    put(fields, EngineFields.DOCUMENT_TEXT, record.text());
    return fields;
  }

  /** One unit per section, in document order: heading and body are its text, as cwg ranks it. */
  public List<Map<String, Object>> sections() {
    List<Map<String, Object>> units = new ArrayList<>(record.sections().size());
    for (int i = 0; i < record.sections().size(); i++) {
      Section section = record.sections().get(i);
      Map<String, Object> fields = unit(EngineFields.sectionId(record.id(), i), KindOf.SECTION);
      fields.put(IndexFields.SECTION, section.kind().id());
      addText(fields, IndexFields.HEADING, section.heading());
      put(fields, IndexFields.SECTION_NUMBER, section.number());
      fields.put(IndexFields.SECTION_INDEX, i);
      addText(fields, IndexFields.TEXT, section.heading() + "\n" + section.text());
      units.add(fields);
    }
    return units;
  }

  /** The text outside every section, or null when there is none (cwg indexes no empty front). */
  public Map<String, Object> front() {
    String front = DocumentMapper.frontMatter(record);
    if (front.isBlank()) {
      return null;
    }
    Map<String, Object> fields = unit(EngineFields.frontId(record.id()), KindOf.FRONT);
    addText(fields, IndexFields.TEXT, front);
    return fields;
  }

  /** Every unit of the document, the document first: what a flat engine holds of it. */
  public List<Map<String, Object>> all() {
    List<Map<String, Object>> units = new ArrayList<>();
    units.add(document());
    units.addAll(sections());
    Map<String, Object> front = front();
    if (front != null) {
      units.add(front);
    }
    return units;
  }

  private enum KindOf {
    SECTION(IndexFields.KIND_SECTION),
    FRONT(IndexFields.KIND_FRONT);

    final String id;

    KindOf(String id) {
      this.id = id;
    }
  }

  /** What each ranked unit carries of its document: ids, path, filters and title. */
  private Map<String, Object> unit(String id, KindOf kind) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(EngineFields.ID, id);
    fields.put(IndexFields.KIND, kind.id);
    fields.put(IndexFields.DOC_ID, record.id());
    fields.put(IndexFields.PATH, record.file().path());
    addFilterFields(fields);
    addText(fields, IndexFields.TITLE, record.metadata().title());
    return fields;
  }

  private void addFilterFields(Map<String, Object> fields) {
    Metadata metadata = record.metadata();
    put(fields, IndexFields.NUMBER, metadata.number());
    put(fields, IndexFields.TYPE, metadata.type());
    put(fields, IndexFields.GROUP, metadata.group());
    put(fields, IndexFields.LANGUAGE, metadata.language());
    if (metadata.meeting() != null) {
      fields.put(IndexFields.MEETING, metadata.meeting());
    }
    put(fields, IndexFields.DATE, metadata.date());
    if (!metadata.sources().isEmpty()) {
      fields.put(IndexFields.SOURCE, List.copyOf(metadata.sources()));
    }
    List<String> cites =
        record.resolutions().stream().map(ResolutionMention::key).distinct().toList();
    if (!cites.isEmpty()) {
      fields.put(IndexFields.CITES, cites);
    }
  }

  /** A text under its exact field and the stemmed field of the document's language. */
  private void addText(Map<String, Object> fields, String base, String text) {
    if (text != null) {
      fields.put(EngineFields.exact(base, language), text);
      fields.put(EngineFields.stemmed(base, language), text);
    }
  }

  /** Blank keywords are left out, as cwg's index leaves them out. */
  private static void put(Map<String, Object> fields, String name, String value) {
    if (value != null && !value.isBlank()) {
      fields.put(name, value);
    }
  }
}
