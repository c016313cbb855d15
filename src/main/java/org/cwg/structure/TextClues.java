package org.cwg.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.Provenance;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/**
 * The last resort: what the body says about the document. Reads the lead (Purpose or Summary, else
 * the opening text) for the type, the meeting ("the twentieth meeting") and its date ("held on 4
 * October 2024"), the Purpose and Proposal sections for who proposes, and the whole text for its
 * language.
 */
final class TextClues {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int LEAD_WITHOUT_SECTIONS = 1500;

  private static final Clue REPORT =
      new Clue(
          List.of("report", "rapport", "informe"),
          Pattern.compile(
              "\\b(?:this\\s+(?:is|document\\s+is)\\s+(?:the|a)\\s+(?:draft\\s+)?report\\s+of"
                  + "|le\\s+présent\\s+(?:document|rapport)\\s+est\\s+le\\s+rapport"
                  + "|(?:este|el\\s+presente)\\s+(?:documento\\s+)?(?:es\\s+el\\s+)?informe"
                  + "\\s+de)",
              FLAGS));
  private static final Clue SUMMARY =
      new Clue(
          List.of("summar"),
          Pattern.compile(
              "\\b(?:this\\s+document\\s+summari[sz]es|summary\\s+of\\s+(?:the\\s+)?(?:responses|"
                  + "contributions|(?:online\\s+)?open\\s+consultation))",
              FLAGS));
  private static final Clue CONTRIBUTION =
      new Clue(
          List.of("contribu"),
          Pattern.compile(
              "\\b(?:this|the\\s+present)\\s+contribution\\b|\\bla\\s+présente\\s+contribution\\b"
                  + "|\\besta\\s+contribución\\b",
              FLAGS));

  /** The lead calling the document a note: "This note informs ...", "La presente nota ...". */
  private static final Clue NOTE =
      new Clue(
          List.of("note", "nota", "записк"),
          Pattern.compile(
              "(?<!\\p{L})(?:(?:this|the\\s+present)\\s+note|la\\s+présente\\s+note"
                  + "|(?:la\\s+presente|esta)\\s+nota|настоящая\\s+записка)(?!\\p{L})",
              FLAGS));

  private static final Clue INFORMATION =
      new Clue(
          List.of("information"),
          Pattern.compile(
              "\\binformation\\s+document\\b|\\bdocument\\s+d['’]information\\b", FLAGS));
  private static final Clue MEETING =
      new Clue(
          List.of("meeting", "réunion", "reunión"),
          // "At its 24th meeting, the Working Party agreed ..." recalls a meeting the group held
          // before, never the one the document is for.
          Pattern.compile(
              "(?<!\\b(?:at\\s{1,3}its|à\\s{1,3}sa|en\\s{1,3}su)\\s{1,3})\\b("
                  + Ordinals.PATTERN
                  + ")\\s+(?:meeting|réunion|reunión)\\b",
              FLAGS));
  private static final Clue HELD =
      new Clue(
          List.of("held"),
          Pattern.compile(
              "\\bheld\\s+(?:in\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)"
                  + "(?:\\s+(?:on|from)\\s+|\\s*(,)\\s*)|(?:on|from)\\s+)("
                  + Dates.ANY
                  + ")",
              FLAGS));

  /**
   * A link to the meeting's documents, "itu.int/md/T25-SG17-251203", names the group and the
   * meeting's first day.
   */
  private static final Clue MEETING_DOCUMENTS =
      new Clue(
          List.of("itu.int/md/"),
          Pattern.compile(
              "itu\\.int/md/[TRD]\\d{2}-(SG\\d{1,2}|TSAG)-(\\d{2})(\\d{2})(\\d{2})\\b", FLAGS));

  private static final Clue PROPOSES =
      new Clue(List.of("propos", "recommend"), Pattern.compile("propos|recommend", FLAGS));

  private static final List<GroupName> GROUPS =
      List.of(
          new GroupName(
              "CWG-Internet",
              Pattern.compile(
                  "\\bCWG-Internet\\b|Council\\s+Working\\s+"
                      + "Group\\s+on\\s+International\\s+Internet-related\\s+Public\\s+Policy",
                  FLAGS)),
          new GroupName(
              "CWG-WSIS",
              Pattern.compile(
                  "\\bCWG-WSIS\\b|Council\\s+Working\\s+Group"
                      + "\\s+on\\s+(?:the\\s+)?World\\s+Summit",
                  FLAGS)),
          new GroupName(
              "Council", Pattern.compile("\\b(?:the\\s+)?Council\\s+is\\s+invited", FLAGS)));

  private record GroupName(String group, Pattern pattern) {}

  /**
   * A pattern with the words every match of it contains. Leads rarely hold them, and a pattern that
   * starts with a long list of alternatives (ordinals, dates) costs much more to try at every
   * character than the words cost to look for.
   */
  private record Clue(List<String> words, Pattern pattern) {

    /** A matcher at the first match in the text, or null. */
    Matcher find(String text) {
      if (!CaseFolding.containsAny(text, words)) {
        return null;
      }
      Matcher m = pattern.matcher(text);
      return m.find() ? m : null;
    }

    boolean isIn(String text) {
      return find(text) != null;
    }
  }

  private TextClues() {}

  static void read(List<Section> sections, String text, MetadataDraft draft) {
    String lead = lead(sections, text);
    draft.cue(
        TypeEvidence.Cue.LEAD,
        typeOf(lead),
        Provenance.TEXT,
        "text: what the lead says the document is");
    if (sections.stream().anyMatch(s -> s.kind() == SectionKind.PROPOSAL)) {
      draft.cue(
          TypeEvidence.Cue.PROPOSAL_SECTIONS,
          "contribution",
          Provenance.TEXT,
          "text: sections that propose");
    }

    Matcher meeting = MEETING.find(meetingLead(sections, lead));
    if (meeting != null && !MetadataReader.numbersNoMeetings(draft)) {
      draft.offer(
          MetadataDraft.MEETING,
          Ordinals.valueOf(meeting.group(1)),
          Provenance.TEXT,
          "text: '" + meeting.group() + "' in the lead");
    }
    String whereAndWhen = lead + "\n" + joined(sections, SectionKind.INTRODUCTION);
    Matcher held = HELD.find(whereAndWhen);
    while (held != null && !ComingMeeting.isOwn(whereAndWhen, held.start(), draft)) {
      held = held.find() ? held : null;
    }
    if (held != null && !isRadioLiaison(draft)) {
      String date = Dates.find(held.group(3));
      String rule = "text: 'held ... on' a date";
      draft.offer(MetadataDraft.PLACE, held.group(1), Provenance.TEXT, rule);
      draft.offer(MetadataDraft.MEETING_DATE, date, Provenance.TEXT, rule);
      // "held in Geneva, 2025/12/03" dates the meeting in a TD's opening, not the document; and a
      // meeting other than the one the cover names (a rapporteur meeting reported) dates neither.
      Object coverMeeting = draft.get(MetadataDraft.MEETING_DATE);
      if (held.group(2) == null && (coverMeeting == null || coverMeeting.equals(date))) {
        draft.offer(MetadataDraft.DATE, date, Provenance.TEXT, rule);
      }
    }
    Matcher documents = MEETING_DOCUMENTS.find(text);
    if (documents != null
        && documents.group(1).equalsIgnoreCase(String.valueOf(draft.get(MetadataDraft.GROUP)))) {
      draft.offer(
          MetadataDraft.MEETING_DATE,
          Dates.find(
              "20" + documents.group(2) + "-" + documents.group(3) + "-" + documents.group(4)),
          Provenance.TEXT,
          "text: the link to its meeting's documents");
    }
    if (!"report".equals(draft.typeSoFar())) {
      draft.offer(
          MetadataDraft.SOURCES,
          proposers(joined(sections, SectionKind.PURPOSE, SectionKind.PROPOSAL)),
          Provenance.TEXT,
          "text: Member States in sentences that propose");
    }
    String invited = lead + "\n" + joined(sections, SectionKind.ACTION_REQUIRED);
    for (GroupName group : GROUPS) {
      if (group.pattern().matcher(invited).find()) {
        draft.offer(
            MetadataDraft.GROUP, group.group(), Provenance.TEXT, "text: the group the lead names");
        break;
      }
    }
    // Every other source outranks the text, and the guess reads the whole text: it is made only
    // when nothing else has named the language.
    if (!draft.has(MetadataDraft.LANGUAGE)) {
      draft.offer(
          MetadataDraft.LANGUAGE,
          Languages.guess(text),
          Provenance.TEXT,
          "text: language of the most common short words");
    }
  }

  /**
   * Where a document states its own meeting's number: its Purpose or Summary, else what precedes
   * the body proper (its Introduction or first numbered section). A body's sections tell of earlier
   * meetings ("At its 40th meeting, the Working Party agreed ..."), not of the one the document is
   * for.
   */
  private static String meetingLead(List<Section> sections, String lead) {
    boolean leadSections =
        sections.stream()
            .anyMatch(s -> s.kind() == SectionKind.PURPOSE || s.kind() == SectionKind.SUMMARY);
    if (leadSections || sections.isEmpty()) {
      return lead;
    }
    int first =
        sections.stream()
            .filter(s -> s.kind() == SectionKind.INTRODUCTION || s.number() != null)
            .mapToInt(Section::start)
            .min()
            .orElse(lead.length());
    // Without those sections the lead is the text's beginning, where the sections' offsets hold.
    return lead.substring(0, Math.min(lead.length(), first));
  }

  /** The lead: the Purpose and Summary sections, else the opening text. */
  private static String lead(List<Section> sections, String text) {
    String lead = joined(sections, SectionKind.PURPOSE, SectionKind.SUMMARY);
    return lead.isEmpty()
        ? text.substring(0, Math.min(text.length(), LEAD_WITHOUT_SECTIONS))
        : lead;
  }

  /** "held in Geneva from 11 to 22 April 1994": the place (group 1, may be null) and the date. */
  static Matcher held(String text) {
    return HELD.find(text);
  }

  /** Whether the lead calls the document a note: "This note informs the Group of ...". */
  static boolean leadNamesNote(List<Section> sections, String text) {
    return NOTE.isIn(lead(sections, text));
  }

  private static String typeOf(String lead) {
    if (REPORT.isIn(lead)) {
      return "report";
    }
    if (SUMMARY.isIn(lead)) {
      return "summary";
    }
    if (CONTRIBUTION.isIn(lead)) {
      return "contribution";
    }
    return INFORMATION.isIn(lead) ? "information" : null;
  }

  /** Member States that are the ones proposing, in the sentences that propose. */
  private static List<String> proposers(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (String sentence : sentences(text)) {
      if (PROPOSES.isIn(sentence)) {
        found.addAll(MemberStates.in(sentence));
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * The text cut at every run of whitespace after a full stop, semicolon, colon, exclamation or
   * question mark, and at every line break: what {@code Pattern.compile("(?<=[.;:!?])\\s+|\\n")
   * .split(text)} gives, trailing empty strings dropped, without trying the pattern at every
   * character.
   */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    int sentenceStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isPatternSpace(c) && i > 0 && ".;:!?".indexOf(text.charAt(i - 1)) >= 0) {
        sentences.add(text.substring(sentenceStart, i));
        while (i < text.length() && isPatternSpace(text.charAt(i))) {
          i++;
        }
        sentenceStart = i;
      } else if (c == '\n') {
        sentences.add(text.substring(sentenceStart, i));
        sentenceStart = ++i;
      } else {
        i++;
      }
    }
    boolean cut = !sentences.isEmpty();
    sentences.add(text.substring(sentenceStart));
    while (cut && !sentences.isEmpty() && sentences.get(sentences.size() - 1).isEmpty()) {
      sentences.remove(sentences.size() - 1);
    }
    return sentences;
  }

  /** What {@code \\s} matches in a pattern without Unicode character classes. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static String joined(List<Section> sections, SectionKind... kinds) {
    StringBuilder text = new StringBuilder();
    for (Section section : sections) {
      for (SectionKind kind : kinds) {
        if (section.kind() == kind) {
          text.append(text.length() == 0 ? "" : "\n").append(section.text());
        }
      }
    }
    return text.toString();
  }

  /**
   * An ITU-R liaison statement has no meeting of its own: a meeting its text names is another's.
   */
  private static boolean isRadioLiaison(MetadataDraft draft) {
    return "itu-r".equals(draft.get(MetadataDraft.FAMILY))
        && ("liaison".equals(draft.typeSoFar())
            || "liaison".equals(TitleKind.of((String) draft.get(MetadataDraft.TITLE))));
  }
}
