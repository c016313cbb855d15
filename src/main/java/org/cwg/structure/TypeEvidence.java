package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Provenance;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/**
 * What a document says about its type, gathered as cues while its cover, file name and text are
 * read: each cue is one kind of evidence ({@link Cue}) naming one type, with where it was found.
 * {@link TypeScores} weighs them; no cue decides alone. Not thread-safe: one per document.
 */
final class TypeEvidence {

  /** The kinds of evidence, each a convention of how ITU documents say what they are. */
  enum Cue {
    /** The number is a published text's: "ITU-T A.1" a Recommendation, "WTSA Res. 1". */
    PUBLISHED_NUMBER,
    /** The number is in Council's information series: "C25/INF/3". */
    INFORMATION_SERIES,
    /** ITU-T's TD, LS and report series: "SG17-TD2484", "SG17-LS123", "SG17-R5". */
    TD_OR_LS_SERIES,
    /** A DT carries a draft text for adoption: "C25/DT/2". */
    DRAFT_TEXT_SERIES,
    /** ITU-R's "5D/123" and ITU-D's "SG2/45" number contributions. */
    STUDY_GROUP_SERIES,
    /** The cover's kind line: CONTRIBUTION, TD, LIAISON STATEMENT, INPUT DOCUMENT, REPORT. */
    KIND_LINE,
    /**
     * What a TD says it carries: its title's first words ("Report of ...", "LS on ...") or its
     * statement ("This TD contains the report ..."). A TD is a container; this is its content.
     */
    CARRIED_KIND,
    /** The Council cover's source line: "Contribution by ...", "Report by ...", "Note by ...". */
    SOURCE_LINE,
    /** ITU's file name: its series letter (C, INF), a published text's name, an attachment. */
    FILE_NAME,
    /** What the lead (Purpose, Summary, or the opening) says the document is. */
    LEAD,
    /** The body has proposal sections (MOD/ADD, "Proposal"). */
    PROPOSAL_SECTIONS,
    /** A meeting report's outline: a Summary and a Discussion under each document discussed. */
    REPORT_OUTLINE,
    /**
     * Who submits it: a chair or rapporteur reports, an editor's draft is a TD, a group writes
     * liaison statements, Member States and members contribute.
     */
    SOURCE_ROLE,
    /**
     * A Bureau's Director submits it: to the Sector's advisory group the Director's report, to a
     * study group, a working party, a conference or an assembly a note.
     */
    BUREAU_DIRECTOR,
    /**
     * A cover's title that names the record of a meeting: "SUMMARY RECORD OF ...", "DRAFT SUMMARY
     * OF THE THIRTY-FIFTH MEETING".
     */
    MEETING_RECORD,
    /** The kind a cover's title names by its first words: "DRAFT AGENDA", "REPORT OF ...". */
    TITLE;

    /** "kind-line", as {@code show} names the cue. */
    String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** One piece of evidence: the cue, the type it names, where it was found and by which rule. */
  record Found(Cue cue, String type, Provenance provenance, String rule) {}

  private final List<Found> found = new ArrayList<>();

  /** Records a cue; a null type (the cue names none) is ignored. */
  void add(Cue cue, String type, Provenance provenance, String rule) {
    if (type != null) {
      found.add(new Found(cue, type, provenance, rule));
    }
  }

  List<Found> found() {
    return List.copyOf(found);
  }

  /** A copy that later cues do not change. */
  TypeEvidence copy() {
    TypeEvidence copy = new TypeEvidence();
    copy.found.addAll(found);
    return copy;
  }

  /**
   * A number series that names its documents' type.
   *
   * @param number the series' numbers, canonical
   * @param type the type its documents have
   * @param rule why, as {@code show} names the rule
   */
  private record TypedSeries(Pattern number, Cue cue, String type, String rule) {}

  private static final Pattern DRAFT_TEXT =
      Pattern.compile("(?:C\\d{2}|[A-Z]{2,5}-\\d{2})/DT/\\d+(?:\\(.*\\))?");

  private static final Pattern STUDY_GROUP_DOCUMENT =
      Pattern.compile("(?:SG\\d{1,2}(?:RGQ)?|\\d[A-Z])/\\d+(?:\\(.*\\))?");

  private static final List<TypedSeries> TYPED_SERIES =
      List.of(
          // ITU-R's "5D/123" and ITU-D's "SG2/45".
          new TypedSeries(
              STUDY_GROUP_DOCUMENT,
              Cue.STUDY_GROUP_SERIES,
              "contribution",
              "number: an ITU-R or ITU-D study-group document is a contribution"),
          // Council's information series: "C25/INF/3".
          new TypedSeries(
              Pattern.compile(".*/INF/\\d+(?:\\(.*\\))?"),
              Cue.INFORMATION_SERIES,
              "information",
              "number: an INF document informs"),
          // Council's and conferences' DT series ("C25/DT/2", "PP-22/DT/5") carry a draft text for
          // adoption (a draft decision, a draft resolution), which no other type names.
          new TypedSeries(
              DRAFT_TEXT,
              Cue.DRAFT_TEXT_SERIES,
              "other",
              "number: a DT carries a draft text for adoption"));

  /** Records what the series of the document's own number says, if it says a type. */
  void addSeries(Object number, Provenance provenance) {
    if (!(number instanceof String written)) {
      return;
    }
    for (TypedSeries series : TYPED_SERIES) {
      if (series.number().matcher(written).matches()) {
        add(series.cue(), series.type(), provenance, series.rule());
        return;
      }
    }
  }

  /** Whether the number is a DT's, which carries a draft text. */
  static boolean isDraftText(Object number) {
    return number instanceof String written && DRAFT_TEXT.matcher(written).matches();
  }

  /**
   * Whether the number is an ITU-R or ITU-D study-group document's, a series that carries
   * contributions, reports and incoming liaison statements alike.
   */
  static boolean isStudyGroupDocument(Object number) {
    return number instanceof String written && STUDY_GROUP_DOCUMENT.matcher(written).matches();
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Officers who report on a meeting or a group's work, in ITU's languages. */
  private static final Pattern REPORTING_OFFICER =
      Pattern.compile(
          "(?<!\\p{L})(?:(?:vice|co)[- ]?)?(?:chair(?:man|person|woman)?|rapporteurs?|conveners?"
              + "|pr[ée]sident[ea]?|relator[ae]?|председател\\p{L}*|докладчик\\p{L}*)(?!\\p{L})",
          FLAGS);

  private static final Pattern EDITOR =
      Pattern.compile(
          "(?<!\\p{L})(?:editors?|[ée]diteurs?|r[ée]dacteurs?|редактор\\p{L}*)(?!\\p{L})", FLAGS);

  /** A group as the source: ITU-T Study Group 17, Working Party 1B, TSAG. */
  private static final Pattern GROUP =
      Pattern.compile(
          "(?<!\\p{L})(?:study\\s+group|working\\s+party|focus\\s+group|commission\\s+d['’][ée]tudes"
              + "|comisi[óo]n\\s+de\\s+estudio|SG\\s?\\d{1,2}|WP\\s?\\d|TSAG|TDAG|RAG)(?!\\p{L})",
          FLAGS);

  /** The Union's own officers and bureaux, who send notes, reports and information alike. */
  private static final Pattern SECRETARIAT =
      Pattern.compile(
          "secr[ée]tar|director|directeur|bureau|(?<!\\p{L})(?:TSB|BR|BDT|ITU|UIT)(?!\\p{L})"
              + "|генеральн|секретариат",
          FLAGS);

  /** The type the sources' role names, or null when they are the Union's own or unknown. */
  static String roleOf(List<String> sources) {
    if (sources == null || sources.isEmpty()) {
      return null;
    }
    if (sources.stream().anyMatch(s -> REPORTING_OFFICER.matcher(s).find())) {
      return "report";
    }
    if (sources.stream().anyMatch(s -> EDITOR.matcher(s).find())) {
      return "td";
    }
    if (sources.stream().anyMatch(s -> GROUP.matcher(s).find())) {
      return "liaison";
    }
    return sources.stream().anyMatch(s -> SECRETARIAT.matcher(s).find()) ? null : "contribution";
  }

  /** The advisory groups a Bureau's Director reports to; RAG gets the Director's notes. */
  private static final Pattern REPORTED_TO = Pattern.compile("TSAG|TDAG");

  private static final Pattern DIRECTOR =
      Pattern.compile("(?<!\\p{L})(?:director[ae]?|directeur|директор\\p{L}*)(?!\\p{L})", FLAGS);

  /**
   * The type the sources' role names in the group the document is for: what a Bureau's Director
   * submits to TSAG or TDAG is the Director's report to it, whatever its title; to RAG, a study
   * group, a working party, a conference or an assembly, a note.
   */
  static String roleOf(List<String> sources, Object group) {
    String role = roleOf(sources);
    // A study group's own working party submits its draft texts to it, no liaison from outside.
    if ("liaison".equals(role)
        && group instanceof String named
        && sources.stream().allMatch(s -> isPartyOf(s, named))) {
      return "contribution";
    }
    if (role == null
        && sources != null
        && sources.stream().anyMatch(s -> DIRECTOR.matcher(s).find())) {
      return directorsRoleOf(group);
    }
    return role;
  }

  /**
   * What a Bureau's Director (not a member's director) sends the group: {@link #directorsRoleOf},
   * or null when no source names a Bureau's Director or another role comes first.
   */
  static String bureauDirectorsRoleOf(List<String> sources, Object group) {
    if (sources == null || roleOf(sources) != null) {
      return null;
    }
    // The Director is the Bureau's when the same source names the Bureau: "Director, TSB".
    boolean bureaus =
        sources.stream().anyMatch(s -> DIRECTOR.matcher(s).find() && BUREAU.matcher(s).find());
    return bureaus ? directorsRoleOf(group) : null;
  }

  /**
   * What the TSB's and the BDT's Director send TSAG and TDAG reports to them; what a Director sends
   * a study group, its working party, a conference, an assembly or the CPM informs it: a note. The
   * Radiocommunication Bureau's Director writes notes to RAG too, as to the ITU-R groups.
   */
  private static String directorsRoleOf(Object group) {
    if (!(group instanceof String named)) {
      return null;
    }
    if (REPORTED_TO.matcher(named).matches()) {
      return "report";
    }
    if (named.equals("RAG")
        || STUDY_GROUP_OR_PARTY.matcher(named).matches()
        || CONFERENCE.matcher(named).matches()) {
      return "note";
    }
    return null;
  }

  /** The Sectors' Bureaux, as a source names them: "TSB", "Radiocommunication Bureau". */
  private static final Pattern BUREAU =
      Pattern.compile("bureau|oficina|бюро|(?<!\\p{L})(?:TSB|BR|BDT)(?!\\p{L})", FLAGS);

  /** Conferences, assemblies and the Conference Preparatory Meeting, as groups. */
  private static final Pattern CONFERENCE =
      Pattern.compile(DocumentNumber.CONFERENCE_GROUP + "|CPM");

  /** The groups that study Questions: study groups, their rapporteur groups, working parties. */
  private static final Pattern STUDY_GROUP_OR_PARTY =
      Pattern.compile("SG\\d{1,2}(?:RGQ)?|WP\\d[A-Z]");

  /** A working party named with its study group: "Working Party 7C" (ITU-R), "1/17" (ITU-T). */
  private static final Pattern WORKING_PARTY =
      Pattern.compile(
          "(?:working\\s+party|groupe\\s+de\\s+travail|grupo\\s+de\\s+trabajo)\\s+"
              + "(?:(?<r>\\d)[A-Z]|\\d{1,2}/(?<t>\\d{1,2}))\\b",
          FLAGS);

  private static final Pattern STUDY_GROUP = Pattern.compile("SG(\\d{1,2})");

  private static boolean isPartyOf(String source, String group) {
    Matcher party = WORKING_PARTY.matcher(source.strip());
    Matcher studyGroup = STUDY_GROUP.matcher(group);
    if (!party.matches() || !studyGroup.matches()) {
      return false;
    }
    String of = party.group("r") != null ? party.group("r") : party.group("t");
    return Integer.parseInt(of) == Integer.parseInt(studyGroup.group(1));
  }

  /** Whether Discussion sections sit under headings: a meeting report's account per document. */
  static boolean hasReportOutline(List<Section> sections) {
    return sections.stream().anyMatch(s -> s.kind() == SectionKind.DISCUSSION && s.level() >= 2);
  }
}
