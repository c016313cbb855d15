package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Provenance;

/**
 * Reads the cover block that precedes an ITU document's first heading: "Document
 * CWG-Internet-20/4-E", "Revision 1 to Document ...", "Twentieth meeting – Geneva, 4 October 2024",
 * "Council 2025 / Geneva, 17-27 June 2025", a date line, "Contribution by/from ...", "Report by
 * ...", and the title after the source line. English, French and Spanish.
 */
final class CoverBlock {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern DOCUMENT =
      Pattern.compile(Amendments.TO_DOCUMENT + "\\s+(.+)", FLAGS);
  private static final Pattern AMENDMENT =
      Pattern.compile(
          Amendments.LEAD + "\\s+(?:the\\s+)?" + Amendments.DOCUMENT_WORD + "\\s+(.+)", FLAGS);

  /**
   * A word between a meeting's ordinal and the word meeting: a group's name, whose acronym may
   * carry digits ("8th FG-AI4EE meeting", "3rd FG-QIT4N meeting") or join two with "&".
   */
  private static final String MEETING_WORD = "\\p{L}[\\p{L}\\d&-]*";

  static final Pattern MEETING =
      Pattern.compile(
          "("
              + Ordinals.PATTERN
              + ")\\s+(?:meeting|réunion|reunión|consultation|consulta|собрание|заседание)(?!\\p{L})"
              // French and Spanish set an adjective after the noun: "Quinzième consultation
              // ouverte, Genève, ...", "Decimoséptima consulta abierta, Ginebra, ...".
              + "(?:\\s+(?-i:\\p{Ll}+)(?=\\s*[,:–—]|\\s+-))?"
              // "Décima reunión de consulta abierta – Ginebra, ...": what meeting it is.
              // "Second meeting of ITU-D Study Group 1: Geneva, ...": a group's name may end on
              // its number.
              // Russian names the group in the genitive, with no word before it: "Четвертое
              // собрание 1-й Исследовательской комиссии МСЭ-D: Женева, ...".
              + "(?:(?:\\s+(?:de|of|du|d['’])\\s*|\\s+(?=[\\d\\p{IsCyrillic}]))[\\p{L}\\d -]{1,40}?"
              + "(?:(?=\\s*[,:–—]|\\s+-)|\\s\\d{1,2}(?=\\s*[,:]|\\s+[–—-])))?"
              + "\\s*(?:[,:–—-]\\s*)?"
              // The place may name its country before the dates: "Geneva, Switzerland, 28-30
              // March".
              + "(?:(\\p{L}[\\p{L} .'’-]*?(?:\\s*,\\s*\\p{Lu}[\\p{L} .'’-]*?(?=\\s*,\\s*\\d))?)"
              + "\\s*,\\s*)?("
              + Dates.ANY
              + ")?.*",
          FLAGS);

  /**
   * A meeting whose ordinal and name have words between them, "Fifth physical open consultation
   * meeting – Geneva, 30 January 2017", "7th FG IPTV meeting: Qawra, St Paul's Bay, Malta, 11-18
   * December 2007" (a place may have commas): read only with its place and date, which tell a
   * meeting line from a title that starts with an ordinal.
   */
  private static final Pattern QUALIFIED_MEETING =
      Pattern.compile(
          "("
              + Ordinals.PATTERN
              + ")\\s+(?:"
              + MEETING_WORD
              + "\\s+){1,3}(?:meeting|réunion|reunión|consultation|consulta"
              + "|собрание|заседание)\\s*[:–—,-]\\s*(\\p{Lu}[\\p{L} .,'’-]*?)\\s*,\\s*("
              + Dates.ANY
              + ")\\s*",
          FLAGS);

  /**
   * A meeting line with no place nor dates, "Fifth Open Consultation Meeting": a masthead sets them
   * on the line under it, and a cover cell after the colon that leads to them ("5th FG XYZ
   * meeting:" / "Geneva, ...").
   */
  private static final Pattern MEETING_ALONE =
      Pattern.compile(
          "("
              + Ordinals.PATTERN
              + ")\\s+(?:"
              + MEETING_WORD
              + "\\s+){0,3}(?:meeting|réunion|reunión|consultation|consulta"
              + "|собрание|заседание)\\s*(?:[:–—-]\\s*)?",
          FLAGS);

  /**
   * Whether a cover cell names its meeting by ordinal and gives its place and dates, or leads to
   * them with a colon ("5th FG XYZ meeting:" over "Geneva, 2-6 May 2005"): a cell of its own, not
   * the rest of the label's value on its row.
   */
  static boolean isMeetingCell(String cell) {
    String text = cell.strip();
    Matcher meeting = MEETING.matcher(text);
    return text.endsWith(":") && MEETING_ALONE.matcher(text).matches()
        || QUALIFIED_MEETING.matcher(text).matches()
        || meeting.matches() && meeting.group(3) != null;
  }

  /**
   * A meeting named without its ordinal: "Open consultation meeting: Geneva, 14 May 2026", and as
   * French and Spanish name it, the meeting first: "Réunion du Groupe du Rapporteur: Genève, ...".
   */
  private static final Pattern NAMED_MEETING =
      Pattern.compile(
          "(?:[\\p{L}-]+\\s+){0,3}(?:meetings?|réunions?|reuni(?:ón|ones))"
              // "Réunion du Groupe du Rapporteur pour la Question 3/2: Genève, ...".
              + "(?:\\s+(?:du|de|del|des|de\\s+la|d['’])\\s*(?:[\\p{L}\\d/'’-]+\\s+){0,6}"
              + "[\\p{L}\\d/'’-]+)?"
              + "\\s*[:–—,-]\\s*"
              + "(\\p{Lu}[\\p{L} .'’-]*?)\\s*,\\s*("
              + Dates.ANY
              + ")\\s*",
          FLAGS);

  /** "Council 2025", "Совет 2021 года", "理事会2010年会议"; the 1990s left the year out: "COUNCIL". */
  static final Pattern SESSION =
      Pattern.compile(
          "(?:council|conseil|consejo|совет|المجلس)"
              + "|(?:(?:council|conseil|consejo|совет|المجلس)\\s+|理事会\\s*)(\\d{4})"
              + "(?:\\s*年\\s*(?:会议)?|\\s+(?:года|г\\.))?",
          FLAGS);

  private static final Pattern PLACE_AND_DATE =
      Pattern.compile(
          // Arabic and Chinese have no capitals and write their own commas: "جنيف، 25 مايو 2030",
          // "日内瓦，2010年4月20-29日". A session other than the ordinary names itself before the
          // place, after a dash: "Additional session – Bucharest, 24 September 2022".
          "(?:\\p{L}[\\p{L} ]{0,40}?\\s+[–—-]\\s+)?"
              + "((?:\\p{Lu}|\\p{IsArabic}|\\p{IsHan})[\\p{L} .'’-]*?)\\s*[,،，]\\s*("
              + Dates.ANY
              + ")",
          FLAGS);
  private static final Pattern CONTRIBUTION =
      Pattern.compile(
          "(?:(?:contributions?|submission|proposals?|contribución|propuesta)\\s+"
              // The word before the name ends where the name starts: "del Reino", not "de" + "l".
              + "(?:de\\s+l['’]\\s*|(?:by|from|de(?:\\s+la|s)?|du|des|del?)\\s+)(?:the\\s+|la\\s+|el\\s+"
              + "|los\\s+|le\\s+)?"
              // Arabic: "مساهمة من" / "مساهمة مقدمة من" (contribution [submitted] by).
              + "|(?:مساهمة|مساهمات|اقتراح|اقتراحات)(?:\\s+مقدمة)?\\s+من\\s+)(\\S.*)",
          FLAGS);
  static final Pattern ORIGINAL =
      Pattern.compile("(?:original|оригинал\\s*:|english\\s+only|français\\s+seulement).*", FLAGS);
  static final Pattern AGENDA =
      Pattern.compile(
          "(?:agenda\\s+item|point\\s+de\\s+l['’]ordre|punto\\s+del\\s+orden"
              + "|пункт\\s+повестки\\s+дня|议项|بند\\s+جدول\\s+الأعمال).*",
          FLAGS);

  private static final String RULE = "cover: Council grammar, ";
  private static final Pattern MEETING_NAMED =
      Pattern.compile("\\b(?:meeting|réunion|reunión|session|sesión)\\b", FLAGS);

  private final MetadataDraft draft;
  private List<String> lines = List.of();
  private int sourceLine = -1;

  /** The cover's title in capitals, or -1: the lines after it are the body, not the cover. */
  private int capitalisedTitle = -1;

  /** How many cover lines come before the "Title:" row, or -1 when the cover has none. */
  private final int titleRow;

  private CoverBlock(MetadataDraft draft, int titleRow) {
    this.draft = draft;
    this.titleRow = titleRow;
  }

  /**
   * Offers to the draft what the cover lines say.
   *
   * @param lines the cover's paragraphs in order (and page headers, for the number)
   * @param titleRow how many of the lines come before the cover's "Title:" row, or -1
   * @param styledTitle the text of a paragraph in Word's Title style, or null
   */
  static void read(List<String> lines, int titleRow, String styledTitle, MetadataDraft draft) {
    new CoverBlock(draft, titleRow).readAll(lines, styledTitle);
  }

  private void readAll(List<String> lines, String styledTitle) {
    this.lines = lines;
    capitalisedTitle = CoverTitleLines.capitalisedTitleAt(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (readLine(i, lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : "")) {
        i++;
      }
    }
    draft.offer(
        MetadataDraft.TITLE,
        styledTitle,
        Provenance.COVER,
        "cover: paragraph in Word's Title style");
    draft.offer(
        MetadataDraft.TITLE,
        sourceLine < 0 ? null : CoverTitleLines.afterSource(lines, sourceLine),
        Provenance.COVER,
        RULE + "line after the source line");
    Banner banner = Banner.at(lines);
    if (banner != null) {
      draft.offer(
          MetadataDraft.TITLE, banner.title(), Provenance.COVER, "cover: line under banner");
      draft.offer(
          MetadataDraft.SOURCES,
          List.of(banner.source()),
          Provenance.COVER,
          "cover: organization the banner names first");
    }
    int title = capitalisedTitle;
    draft.offer(
        MetadataDraft.TITLE,
        title < 0 ? null : CoverTitleLines.wrappedTitle(lines, title),
        Provenance.COVER,
        RULE + "first line in capitals");
    draft.offer(
        MetadataDraft.TITLE,
        CoverTitleLines.afterMemberStates(lines),
        Provenance.COVER,
        RULE + "line after the line of Member States");
    String source = title < 1 ? null : SourceLine.of(SourceLine.wrappedBefore(lines, title));
    if (source != null) {
      draft.offer(
          MetadataDraft.SOURCES,
          SourceLine.companiesOnePerLine(lines, title, Sources.split(source)),
          Provenance.COVER,
          RULE + "line before the title in capitals");
    }
    CaselessCover.read(lines, AGENDA, draft, RULE);
  }

  /** Reads one cover line; true when it used the next line too. */
  private boolean readLine(int index, String line, String next) {
    Matcher m = AMENDMENT.matcher(line);
    if (m.matches()) {
      Matcher number = DocumentNumber.FINDER.matcher(m.group(3));
      if (number.find()) {
        offerNumber(
            DocumentNumber.canonical(number) + "(" + Amendments.suffix(m) + ")",
            number,
            "'" + m.group(1) + " N to Document'");
      }
      return false;
    }
    m = DOCUMENT.matcher(line);
    // "... (Annex 12 to" / "Document 5A/469)." is a body sentence PDF text wrapped, not the
    // cover's number line, which stands alone as a date line does.
    boolean wrapped = index > 0 && Dates.endsSentence(lines.get(index - 1), line);
    if (!wrapped && (m.matches() || DocumentNumber.canonical(line).isPresent())) {
      Matcher number = DocumentNumber.FINDER.matcher(m.matches() ? m.group(1) : line);
      if (number.find() && number.start() == 0) {
        offerNumber(DocumentNumber.canonical(number), number, "'Document' line");
        return false;
      }
    }
    m = MEETING_ALONE.matcher(line);
    Matcher under = PLACE_AND_DATE.matcher(next);
    if (m.matches() && under.matches()) {
      offerMeeting(
          "meeting line and its place and dates under it",
          Ordinals.valueOf(m.group(1)),
          under.group(1),
          Dates.find(under.group(2)));
      return true;
    }
    m = MEETING.matcher(line);
    if (m.matches() || (m = QUALIFIED_MEETING.matcher(line)).matches()) {
      String date = m.group(3) == null ? null : Dates.find(m.group(3));
      offerMeeting("meeting line", Ordinals.valueOf(m.group(1)), m.group(2), date);
      return false;
    }
    MeetingLine ownWay = ChineseCover.meeting(line);
    ownWay = ownWay != null ? ownWay : ArabicCover.meeting(line);
    if (ownWay != null) {
      offerMeeting("meeting line", ownWay.number(), ownWay.place(), ownWay.date());
      return false;
    }
    m = NAMED_MEETING.matcher(line);
    if (m.matches()) {
      offerMeeting("meeting line", null, m.group(1), Dates.find(m.group(2)));
      return false;
    }
    // The Council's older masthead: "GENEVA — SESSION 2001", its dates in brackets.
    SessionLine session = SessionLine.of(line);
    if (session != null) {
      String first = session.firstDay(next);
      if (first != null) {
        offerMeeting("session and its dates", session.number(), session.place(), first);
        return session.datesUnder();
      }
      return false;
    }
    m = SESSION.matcher(line);
    if (m.matches()) {
      // In a table read row by row, the number's cell comes between: "COUNCIL 2024 | Document
      // C24/DT/4-E" over "Geneva, 4-14 June 2024 | 11 June 2024".
      boolean numberBetween = CoverNumbers.isNumberCell(next) && index + 2 < lines.size();
      String below = numberBetween ? lines.get(index + 2) : next;
      Matcher placeAndDate = PLACE_AND_DATE.matcher(below);
      // The masthead of 2005-2009 leaves the year on the session line: "GENEVA — 20-30 OCTOBER".
      SessionLine days = m.group(1) == null ? null : SessionLine.placeAndDays(m.group(1), below);
      if (days != null && days.firstDay(null) != null) {
        offerMeeting("place and days under the session", null, days.place(), days.firstDay(null));
        return !numberBetween;
      }
      if (placeAndDate.matches()) {
        offerMeeting(
            "place and dates under the session",
            null,
            placeAndDate.group(1),
            Dates.find(placeAndDate.group(2)));
        return !numberBetween;
      }
      return false;
    }
    // "Contributions from Member States" in an agenda's list names an item, not the source.
    // A "Title:" row ends the cover's lines where it stands: a source line comes before it, and
    // capitals above it are the masthead's, not the title.
    boolean beforeTitle =
        titleRow >= 0 ? index < titleRow : capitalisedTitle < 0 || index <= capitalisedTitle;
    m = CONTRIBUTION.matcher(line);
    String chineseSource = ChineseCover.contributionSource(line);
    if (beforeTitle
        && sourceLine < 0
        && (m.matches() || chineseSource != null)
        && !isTitleUnderSource(index)) {
      String rule = RULE + "'Contribution by' line";
      List<String> sources =
          new ArrayList<>(Sources.split(chineseSource != null ? chineseSource : m.group(1)));
      sourceLine = index;
      // Co-sponsors one per line under the first: "Contribution by Bahrain" / "Oman" / "Qatar",
      // or "Contribution by the Republic of Latvia" / "and the Republic of Estonia".
      while (sourceLine + 1 < lines.size()
          && sourceLine + 1 != capitalisedTitle
          && (Sources.isOnlyMemberStates(lines.get(sourceLine + 1))
              || Sources.AND.matcher(" " + lines.get(sourceLine + 1)).lookingAt())) {
        sources.addAll(Sources.split(lines.get(++sourceLine)));
      }
      draft.offer(MetadataDraft.SOURCES, sources, Provenance.COVER, rule);
      draft.cue(TypeEvidence.Cue.SOURCE_LINE, "contribution", Provenance.COVER, rule);
      return false;
    }
    // A cover has one source line: a "Report of ..." after it is the title, not a second source.
    AuthoredLine authored = AuthoredLine.parse(line);
    if (beforeTitle && sourceLine < 0 && authored != null && line.length() < 120) {
      String rule = RULE + "'" + authored.word() + " by' line";
      draft.cue(TypeEvidence.Cue.SOURCE_LINE, authored.kind(), Provenance.COVER, rule);
      // The title in capitals under a source line, or a line naming what is reported on
      // ("Report of the twenty-first meeting"), is the title itself: no source line.
      if (!isTitleUnderSource(index) && !MEETING_NAMED.matcher(authored.author()).find()) {
        draft.offer(MetadataDraft.SOURCES, List.of(authored.author()), Provenance.COVER, rule);
        sourceLine = index;
      }
      return false;
    }
    if (Dates.isOnlyDate(line)
        && !Dates.endsSentence(index > 0 ? lines.get(index - 1) : "", line)) {
      draft.offer(MetadataDraft.DATE, Dates.find(line), Provenance.COVER, RULE + "date line");
    }
    return false;
  }

  /**
   * Whether the line is the title in capitals under a source line of its own: "PROPOSAL OF A NEW
   * ..." there names what is proposed, and "REPORT OF TSAG TO ..." what is reported, not who writes
   * it.
   */
  private boolean isTitleUnderSource(int index) {
    return index > 0 && index == capitalisedTitle && SourceLine.of(lines.get(index - 1)) != null;
  }

  /** Offers what a meeting line gives, its number, place and first day, each when it has one. */
  private void offerMeeting(String what, Integer number, String place, String firstDay) {
    String rule = RULE + what;
    draft.offer(MetadataDraft.MEETING, number, Provenance.COVER, rule);
    draft.offer(MetadataDraft.PLACE, place, Provenance.COVER, rule);
    draft.offer(MetadataDraft.MEETING_DATE, firstDay, Provenance.COVER, rule);
  }

  private void offerNumber(String canonical, Matcher written, String what) {
    draft.offerNumber(canonical, Provenance.COVER, RULE + what);
    String lang = written.group("lang");
    if (lang != null) {
      draft.offer(
          MetadataDraft.LANGUAGE,
          Languages.ofLetter(lang.charAt(0)),
          Provenance.COVER,
          RULE + "language letter of the number");
    }
  }
}
