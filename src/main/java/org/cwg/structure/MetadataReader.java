package org.cwg.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.cwg.model.Section;

/**
 * Gathers a document's metadata from its sources in order of authority: the analyst's manifest, the
 * cover block, ITU's file name, the Word properties, then the body text.
 */
final class MetadataReader {

  /** Titles that Word templates leave in the properties and that say nothing. */
  private static final Pattern EMPTY_TITLE =
      Pattern.compile(
          "(?i).*(template|modèle|plantilla|microsoft word|untitled|^document\\d*$|\\.docx?$).*"
              + "|.{0,3}");

  private MetadataReader() {}

  /**
   * @param manifestFields what the manifest says about this file
   * @param coverLines the paragraphs before the first heading, and page headers
   * @param styledTitle a paragraph in Word's Title style, or null
   * @param fileName the file's name
   * @param properties the file's document properties, by lower-case Tika name
   * @param sections the document's sections
   * @param text the cleaned text
   */
  static Metadata read(
      Map<String, String> manifestFields,
      List<CoverLine> coverLines,
      String styledTitle,
      String fileName,
      Map<String, String> properties,
      List<Section> sections,
      String text) {
    return read(
        manifestFields, coverLines, List.of(), styledTitle, fileName, properties, sections, text);
  }

  /**
   * As {@link #read(Map, List, String, String, Map, List, String)}, with the document's closing
   * lines, where a contact block may stand when the cover has none.
   */
  static Metadata read(
      Map<String, String> manifestFields,
      List<CoverLine> coverLines,
      List<CoverLine> closingLines,
      String styledTitle,
      String fileName,
      Map<String, String> properties,
      List<Section> sections,
      String text) {
    MetadataDraft draft = new MetadataDraft();
    fromManifest(manifestFields, draft);
    Cover cover = Cover.of(coverLines);
    ItuCover.read(cover, draft);
    if (!closingLines.isEmpty()) {
      ClosingContacts.read(closingLines, draft);
    }
    TemporaryDocument.read(cover, sections, draft);
    CoverBlock.read(cover.unlabelledTexts(), titleRowAt(cover), styledTitle, draft);
    ItuFileName.read(fileName, draft);
    fromProperties(properties, draft);
    TextClues.read(sections, text, draft);
    PublishedCover.readGroup(text, draft);
    kindOfTitle(draft);
    meetingOfTitle(draft);
    typeOfSourcesAndOutline(draft, sections, text);
    familyOfGroup(draft);
    return draft.build();
  }

  /**
   * How many unlabelled cover cells come before the cover's "Title:" row, or -1 when it has none:
   * the lines after that row are the body's, never the cover's source line.
   */
  private static int titleRowAt(Cover cover) {
    int before = 0;
    for (Cover.Cell cell : cover.cells()) {
      if (!cover.isLabelled(cell)) {
        before++;
        continue;
      }
      CoverLabel.Found found = CoverLabel.in(cell.text());
      if (found != null && found.label() == CoverLabel.TITLE) {
        return before;
      }
    }
    return -1;
  }

  private static void fromManifest(Map<String, String> fields, MetadataDraft draft) {
    Provenance manifest = Provenance.MANIFEST;
    fields.forEach(
        (field, value) -> {
          String rule = "manifest: column '" + field + "'";
          switch (field) {
            case MetadataDraft.NUMBER -> draft.offerNumber(value, manifest, rule);
            case MetadataDraft.MEETING ->
                draft.offer(field, Integer.valueOf(value), manifest, rule);
            case MetadataDraft.DATE, MetadataDraft.MEETING_DATE -> {
              String iso = Dates.find(value);
              draft.offer(field, iso != null ? iso : value, manifest, rule);
            }
            case MetadataDraft.SOURCES ->
                draft.offer(
                    field,
                    Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                    manifest,
                    rule);
            case MetadataDraft.LANGUAGE -> {
              String code = Languages.normalise(value);
              draft.offer(field, code != null ? code : value, manifest, rule);
            }
            default -> draft.offer(field, value, manifest, rule);
          }
        });
  }

  /** What a TD or a DT can carry besides a draft text, as its title names it. */
  private static final java.util.Set<String> CARRIED =
      java.util.Set.of("report", "agenda", "liaison");

  /**
   * The kind a cover's title names by its first words. A TD, a DT or an ITU-R or ITU-D study-group
   * document is a container: a report, an agenda or a liaison statement its title names is what it
   * carries.
   */
  private static void kindOfTitle(MetadataDraft draft) {
    if (draft.provenanceOf(MetadataDraft.TITLE) != Provenance.COVER) {
      return;
    }
    String title = (String) draft.get(MetadataDraft.TITLE);
    String kind = TitleKind.of(title);
    boolean carried =
        kind != null
            && CARRIED.contains(kind)
            && (TypeEvidence.isDraftText(draft.get(MetadataDraft.NUMBER))
                || TypeEvidence.isStudyGroupDocument(draft.get(MetadataDraft.NUMBER))
                || draft.typeCueNames("td"));
    draft.cue(
        carried
            ? TypeEvidence.Cue.CARRIED_KIND
            : TitleKind.namesMeetingRecord(title)
                ? TypeEvidence.Cue.MEETING_RECORD
                : TypeEvidence.Cue.TITLE,
        kind,
        Provenance.COVER,
        carried
            ? "cover: the kind of text its title says the TD, DT or study-group document carries"
            : "cover: the kind its title names");
  }

  /**
   * "Report of the fourth FG-AINN meeting", "Draft agenda for the fifth meeting": the meeting a
   * report's or an agenda's title is about. Other titles name meetings only in passing.
   */
  private static final Pattern MEETING_IN_TITLE =
      Pattern.compile(
          "(?:(?:draft|provisional|final|revised|projet\\s+de|proyecto\\s+de)\\s+)?"
              // A chair's "SUMMARY REPORT OF THE SIXTH MEETING" names its meeting as a report does.
              + "(?:summary\\s+report|report|agenda|summary|minutes|rapport|ordre\\s+du\\s+jour"
              + "|informe"
              + "|orden\\s+del\\s+d[íi]a)\\s+(?:of|on|for|de|du|del)\\s+(?:the\\s+|la\\s+|le\\s+)?("
              + Ordinals.PATTERN
              // A conference's "second plenary meeting" is a sitting of it, not a meeting number.
              + ")\\s+(?!plenary\\s)(?:[\\p{L}\\d&-]+\\s+){0,3}?(?:meeting|réunion|reunión)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static void meetingOfTitle(MetadataDraft draft) {
    if (draft.provenanceOf(MetadataDraft.TITLE) != Provenance.COVER) {
      return;
    }
    String title = (String) draft.get(MetadataDraft.TITLE);
    // "REPORT OF THE ... MEETING (Geneva, 15-26 July 2024)": a report's title dates its meeting,
    // and so does an agenda's ("DRAFT AGENDA MEETING OF STUDY GROUP 3 (Geneva, 13 June 2011)").
    java.util.regex.Matcher dated = CoverTitleLines.MEETING_IN_BRACKETS.matcher(title);
    String kind = TitleKind.of(title);
    if (("report".equals(kind) || "agenda".equals(kind))
        && dated.find()
        && dated.end() == title.length()) {
      String rule = "cover: the meeting's place and dates its title names";
      draft.offer(MetadataDraft.PLACE, dated.group("place"), Provenance.COVER, rule);
      draft.offer(
          MetadataDraft.MEETING_DATE, Dates.find(dated.group("date")), Provenance.COVER, rule);
    }
    // "REPORT OF THE MEETING OF WORKING PARTY 4/15 HELD IN GENEVA FROM 11 TO 22 APRIL 1994"
    java.util.regex.Matcher held = "report".equals(kind) ? TextClues.held(title) : null;
    if (held != null) {
      String rule = "cover: where and when its title says the meeting was held";
      draft.offer(MetadataDraft.PLACE, held.group(1), Provenance.COVER, rule);
      draft.offer(MetadataDraft.MEETING_DATE, Dates.find(held.group(3)), Provenance.COVER, rule);
    }
    java.util.regex.Matcher m = MEETING_IN_TITLE.matcher(title);
    if (m.lookingAt() && !numbersNoMeetings(draft)) {
      draft.offer(
          MetadataDraft.MEETING,
          Ordinals.valueOf(m.group(1)),
          Provenance.COVER,
          "cover: the meeting its title names");
    }
  }

  /**
   * Whether the document's own meeting has no number, so that a meeting its title or lead names is
   * another's: an ITU-T study group's, or a Council session's, whose documents report on the
   * numbered meetings of its working groups ("Results of the seventeenth meeting of the Council
   * Working Group on ...").
   */
  static boolean numbersNoMeetings(MetadataDraft draft) {
    return isStudyGroupOfItuT(draft) || "Council".equals(draft.get(MetadataDraft.GROUP));
  }

  /**
   * An ITU-T study group or TSAG counts its meetings in no series ("the first meeting of Study
   * Group 2" is that of a study period): its documents have no meeting number.
   */
  private static boolean isStudyGroupOfItuT(MetadataDraft draft) {
    Object number = draft.get(MetadataDraft.NUMBER);
    Object group = draft.get(MetadataDraft.GROUP);
    return number instanceof String id
        && DocumentNumber.ITU_T.equals(DocumentNumber.familyOf(id))
        && group instanceof String name
        && name.matches("SG\\d{1,2}|TSAG");
  }

  @SuppressWarnings("unchecked")
  private static void typeOfSourcesAndOutline(
      MetadataDraft draft, List<Section> sections, String text) {
    List<String> sources = (List<String>) draft.get(MetadataDraft.SOURCES);
    Object group = draft.get(MetadataDraft.GROUP);
    String directors = TypeEvidence.bureauDirectorsRoleOf(sources, group);
    // What the Director sends an advisory group is a report unless its lead or its cover ("Note by
    // the Director ...") calls it a note.
    if ("report".equals(directors)
        && (TextClues.leadNamesNote(sections, text) || draft.typeCueNames("note"))) {
      draft.cue(
          TypeEvidence.Cue.BUREAU_DIRECTOR,
          "note",
          draft.provenanceOf(MetadataDraft.SOURCES),
          "sources: a Bureau's Director informs an advisory group by a note its lead or cover names");
    } else if (directors != null) {
      draft.cue(
          TypeEvidence.Cue.BUREAU_DIRECTOR,
          directors,
          draft.provenanceOf(MetadataDraft.SOURCES),
          "sources: a Bureau's Director reports to an advisory group, informs others by a note");
    } else {
      draft.cue(
          TypeEvidence.Cue.SOURCE_ROLE,
          TypeEvidence.roleOf(sources, group),
          draft.provenanceOf(MetadataDraft.SOURCES),
          "sources: who submits it");
    }
    if (TypeEvidence.hasReportOutline(sections)) {
      draft.cue(
          TypeEvidence.Cue.REPORT_OUTLINE,
          "report",
          Provenance.TEXT,
          "text: a Discussion under each document discussed");
    }
  }

  /** A group names its family when nothing else did: CWG-Internet is Council's, SG17 ITU-T's. */
  private static void familyOfGroup(MetadataDraft draft) {
    if (draft.has(MetadataDraft.FAMILY) || !draft.has(MetadataDraft.GROUP)) {
      return;
    }
    String group = (String) draft.get(MetadataDraft.GROUP);
    String family =
        group.equals("Council")
                || group.startsWith("CWG-")
                || group.startsWith("EG-")
                || group.startsWith("DG-")
                || group.startsWith("OPCWG")
            ? "council"
            : group.startsWith("FG-") || group.matches("SG\\d{1,2}") || group.equals("TSAG")
                ? "itu-t"
                : group.startsWith("WP")
                    ? "itu-r"
                    : group.matches("SG\\dRGQ|TDA[GB]")
                        ? "itu-d"
                        : group.matches(DocumentNumber.CONFERENCE_GROUP) ? "conference" : null;
    draft.offer(
        MetadataDraft.FAMILY,
        family,
        draft.provenanceOf(MetadataDraft.GROUP),
        "group: the family of " + group);
  }

  private static void fromProperties(Map<String, String> properties, MetadataDraft draft) {
    String title = properties.get("dc:title");
    if (title != null && !EMPTY_TITLE.matcher(title.strip()).matches()) {
      draft.offer(MetadataDraft.TITLE, title, Provenance.PROPERTIES, "properties: dc:title");
    }
    draft.offer(
        MetadataDraft.LANGUAGE,
        Languages.normalise(properties.get("dc:language")),
        Provenance.PROPERTIES,
        "properties: dc:language");
  }
}
