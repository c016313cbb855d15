package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.Contact;
import org.cwg.model.DocumentNumber;
import org.cwg.model.Provenance;
import org.cwg.model.SupplementNumbers;

/**
 * Reads a cover as labelled cells, for every family: the masthead (family, group, conference), the
 * number cell ("Revision 1 to" and the number may sit in two cells), the kind line, place and
 * dates, and the labels Source, Title, Purpose, Question(s), Contact and Date. Council covers,
 * which carry no labels, are read further by {@link CoverBlock}'s line grammar.
 */
final class ItuCover {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern DANGLING_AMENDMENT =
      Pattern.compile(
          // The document word stays with the number: it says the number is a document's.
          Amendments.LEAD + "(?:\\s+(?:the\\s+)?(?=" + Amendments.DOCUMENT_WORD + "))?\\s*(.*)",
          FLAGS);

  /** A revision mark in a cell of its own: "Rev.1", "(Rev. 2)", "Add.1". */
  private static final Pattern REVISION_ALONE =
      Pattern.compile(
          "\\(?\\s*(?:Rev|Add|Corr)\\.\\s*\\d{1,2}\\s*\\)?(?:\\s*[-–—]\\s*[EFSRAC])?", FLAGS);

  /**
   * ITU-R's "Source:" names the documents a text comes from ("Documents 7C/60, 7C/71", "Annex 5 to
   * Document 1A/120"); who submits it is the line above the title.
   */
  private static final Pattern SOURCE_DOCUMENTS =
      Pattern.compile(
          "(?:(?:annex|annexe|anexo|attachment|addendum|приложение)\\s+\\S+\\s+"
              + "(?:to|au|à|al|del?|к)\\s+(?:the\\s+)?)?(?:documents?|documentos?|doc\\.|документ\\p{L}*)"
              + "\\s+\\S.*",
          FLAGS);

  /**
   * How many annexes a text has, which ITU-R's cover sets above its number ("Annexes 1-2", "Annex
   * 1", "Annexe: 3"): never who submits it.
   */
  private static final Pattern ANNEX_COUNT =
      Pattern.compile(
          "(?:annex(?:es)?|annexes?|anexos?|attachments?|приложени\\p{L}*)\\s*:?\\s*\\d{1,2}"
              + "(?:\\s*(?:[-–,]|and|et|y|и)\\s*\\d{1,2})*",
          FLAGS);

  /**
   * ITU-R's "Subject:" ("Objet:", "Asunto:") names a Recommendation or Question, where an ITU-T
   * cover's "Purpose:" ("Objet:") says what is asked: a subject is no purpose.
   */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "(?:(?:draft|preliminary|projet\\s+de|proyecto\\s+de)\\s+)?(?:recommendations?"
              + "|recommandations?|recomendaci[óo]n(?:es)?|questions?|cuesti[óo]n(?:es)?"
              + "|r[ée]solutions?|resoluci[óo]n(?:es)?|reports?|rapports?|informes?)"
              + "\\s+(?:ITU|UIT|МСЭ)-[RTD]",
          FLAGS);

  private final Cover cover;
  private final MetadataDraft draft;
  private final Masthead masthead;
  private String grammar = "ITU";

  private ItuCover(Cover cover, MetadataDraft draft) {
    this.cover = cover;
    this.draft = draft;
    this.masthead = Masthead.read(cover);
  }

  /** Offers to the draft what the cover's cells say. */
  static void read(Cover cover, MetadataDraft draft) {
    new ItuCover(cover, draft).readAll();
  }

  private void readAll() {
    FoundNumber found = number();
    CoverNumbers.Reading number = found == null ? null : found.reading();
    String family = masthead.familyWith(number == null ? null : number.family());
    grammar =
        switch (family == null ? "" : family) {
          case "itu-t" -> "ITU-T";
          case "itu-r" -> "ITU-R";
          case "itu-d" -> "ITU-D";
          case "council" -> "Council";
          case "conference" -> "conference";
          default -> "ITU";
        };
    if (found != null) {
      offerNumber(number, found.origin(), found.what());
    }
    draft.offer(
        MetadataDraft.FAMILY,
        family,
        Provenance.COVER,
        "cover: masthead and number, family scores");
    String group = number != null && number.group() != null ? number.group() : masthead.group;
    if (group == null && masthead.conference != null) {
      group = masthead.conference.replaceFirst("-\\d+$", "");
    }
    draft.offer(
        MetadataDraft.GROUP,
        group,
        Provenance.COVER,
        number != null && number.group() != null
            ? "cover: group of the number"
            : "cover: masthead");
    labels();
    unlabelled(number);
    typeOfNumber(found);
  }

  /** The first number cell, page headers last; "Revision 1 to" joins the cell after it. */
  private record FoundNumber(CoverNumbers.Reading reading, Cover.Origin origin, String what) {}

  private FoundNumber number() {
    CoverNumbers.Context context =
        new CoverNumbers.Context(masthead.familyOfNumbers(), masthead.group, masthead.conference);
    List<Cover.Cell> cells = new ArrayList<>(cover.cells());
    cover.allCells().stream().filter(c -> c.origin() == Cover.Origin.MARGIN).forEach(cells::add);
    FoundNumber found = null;
    for (int i = 0; i < cells.size(); i++) {
      Cover.Cell cell = cells.get(i);
      if (cover.isLabelled(cell)) {
        continue;
      }
      String amendment = null;
      String written = CoverNumbers.supplementAt(cells, i);
      Matcher dangling = DANGLING_AMENDMENT.matcher(written);
      if (dangling.matches()) {
        amendment = Amendments.suffix(dangling);
        String rest = dangling.group(3);
        boolean wordAlone = rest.isBlank() || rest.matches("(?iu)" + Amendments.DOCUMENT_WORD);
        written =
            wordAlone && i + 1 < cells.size()
                ? (rest + " " + numberAfter(cells, i + 1)).strip()
                : rest;
      }
      CoverNumbers.Reading reading = CoverNumbers.read(written, context);
      if (reading == null) {
        continue;
      }
      // "FG-AI4EE-I-052 Rev.1", "COM 3 – C 14 Add.1 – F": PDF text wraps a narrow number cell
      // before its revision.
      if (reading.revision() == null
          && i + 1 < cells.size()
          && cells.get(i + 1).origin() == cell.origin()
          && REVISION_ALONE.matcher(cells.get(i + 1).text()).matches()) {
        CoverNumbers.Reading revised =
            CoverNumbers.read(written + " " + cells.get(i + 1).text(), context);
        reading = revised != null && revised.revision() != null ? revised : reading;
      }
      String what =
          amendment != null ? "'" + dangling.group(1) + " N to' and the number" : "number cell";
      if (amendment != null && reading.canonical() != null && reading.revision() == null) {
        reading =
            new CoverNumbers.Reading(
                reading.canonical() + "(" + amendment + ")",
                null,
                reading.family(),
                reading.group(),
                amendment,
                reading.language());
      }
      FoundNumber candidate = new FoundNumber(reading, cell.origin(), what);
      // The first number wins, unless the same document comes again with its revision.
      if (found == null
          || (found.reading().revision() == null
              && reading.revision() != null
              && sameBase(found.reading(), reading))) {
        found = candidate;
      }
    }
    return found;
  }

  /** The cell after "Revision 1 to", joined to the next when PDF text wrapped "Document" alone. */
  private static String numberAfter(List<Cover.Cell> cells, int at) {
    String next = cells.get(at).text();
    return next.matches("(?iu)" + Amendments.TO_DOCUMENT) && at + 1 < cells.size()
        ? next + " " + cells.get(at + 1).text()
        : next;
  }

  private static boolean sameBase(CoverNumbers.Reading a, CoverNumbers.Reading b) {
    return a.canonical() != null
        && b.canonical() != null
        && DocumentNumber.base(a.canonical()).equals(DocumentNumber.base(b.canonical()));
  }

  private void offerNumber(CoverNumbers.Reading reading, Cover.Origin origin, String what) {
    String rule = "cover: " + grammar + " " + origin.written + ", " + what;
    draft.offer(MetadataDraft.NUMBER, reading.canonical(), Provenance.COVER, rule);
    draft.offer(MetadataDraft.PLACEHOLDER, reading.placeholder(), Provenance.COVER, rule);
    draft.offer(MetadataDraft.REVISION, reading.revision(), Provenance.COVER, rule);
    if (reading.canonical() != null && "council".equals(reading.family())) {
      draft.offerNumber(reading.canonical(), Provenance.COVER);
    }
    if (reading.language() != null) {
      draft.offer(
          MetadataDraft.LANGUAGE, Languages.ofLetter(reading.language()), Provenance.COVER, rule);
    }
    if (SupplementNumbers.isSupplement(reading.canonical())) {
      // A Supplement is informative, none of the types a Recommendation or a Resolution is.
      draft.cue(TypeEvidence.Cue.PUBLISHED_NUMBER, "other", Provenance.COVER, rule);
    } else if (reading.canonical() != null && reading.canonical().startsWith("ITU-")) {
      draft.cue(TypeEvidence.Cue.PUBLISHED_NUMBER, "recommendation", Provenance.COVER, rule);
    } else if (reading.canonical() != null && reading.canonical().contains(" Res. ")) {
      draft.cue(TypeEvidence.Cue.PUBLISHED_NUMBER, "resolution", Provenance.COVER, rule);
    }
  }

  /** A TD, LS or R number says the type, less than a kind line ("REPORT", "LS") says it. */
  private void typeOfNumber(FoundNumber found) {
    String canonical = found == null ? null : found.reading().canonical();
    if (canonical == null) {
      return;
    }
    String rule = "cover: " + grammar + " " + found.origin().written + ", form of the number";
    if (canonical.matches("(?:SG\\d+|TSAG)-TD.*")) {
      draft.cue(TypeEvidence.Cue.TD_OR_LS_SERIES, "td", Provenance.COVER, rule);
    } else if (canonical.matches("(?:SG\\d+|TSAG)-LS.*")) {
      draft.cue(TypeEvidence.Cue.TD_OR_LS_SERIES, "liaison", Provenance.COVER, rule);
    } else if (canonical.matches("(?:SG\\d+|TSAG)-R\\d.*")) {
      // A study group's R series ("COM 11 – R 5") holds its own reports, whoever it names.
      draft.cue(TypeEvidence.Cue.TD_OR_LS_SERIES, "report", Provenance.COVER, rule);
    }
  }

  private void labels() {
    Cover.Labelled source = cover.first(CoverLabel.SOURCE);
    if (source != null) {
      // A line that goes on with the one before is the rest of a list that wrapped in PDF text.
      List<String> lines = new ArrayList<>();
      for (String cell : source.cells()) {
        // The group's name first after the label is the group that sends it (see Cover).
        boolean group = lines.isEmpty() && CoverCells.isStudyGroupName(cell);
        if (CoverCells.neverTitleOrSource(cell) && !group
            || SOURCE_DOCUMENTS.matcher(cell).matches()
            || ANNEX_COUNT.matcher(cell).matches()) {
          continue;
        }
        int last = lines.size() - 1;
        // A list set apart by semicolons wraps anywhere, in a cell of its own too.
        boolean wraps = source.inline() || last >= 0 && lines.get(last).indexOf(';') >= 0;
        if (last >= 0 && wraps && CoverCells.continuesLine(lines.get(last), cell)) {
          lines.set(last, lines.get(last) + " " + cell);
        } else {
          lines.add(cell);
        }
      }
      List<String> sources = new ArrayList<>();
      lines.forEach(line -> sources.addAll(Sources.split(line)));
      draft.offer(MetadataDraft.SOURCES, sources, Provenance.COVER, source.rule(grammar));
    }
    Cover.Labelled title = cover.first(CoverLabel.TITLE);
    if (title != null) {
      String text =
          String.join(
              " ", title.cells().stream().filter(c -> !CoverCells.neverTitleOrSource(c)).toList());
      draft.offer(
          MetadataDraft.TITLE, text.replaceAll("\\s+", " "), Provenance.COVER, title.rule(grammar));
    }
    // Purpose is an ITU-T cover's field: elsewhere "Objet:" is ITU-R's subject (an agenda item,
    // a Question) or a Council section's heading.
    Cover.Labelled purpose = carriesPurpose() ? cover.first(CoverLabel.PURPOSE) : null;
    if (purpose != null && !SUBJECT.matcher(purpose.cells().get(0)).lookingAt()) {
      draft.offer(
          MetadataDraft.PURPOSE,
          purpose.cells().get(0).replaceFirst("[.;]$", ""),
          Provenance.COVER,
          purpose.rule(grammar));
    }
    Cover.Labelled questions = cover.first(CoverLabel.QUESTIONS);
    if (questions != null) {
      List<String> found = questions(questions.value());
      draft.offer(MetadataDraft.QUESTIONS, found, Provenance.COVER, questions.rule(grammar));
    } else {
      List<Cover.Cell> cells = cover.cells();
      for (int i = 0; i < cells.size(); i++) {
        String subject = CoverQuestions.ofSubject(cells, i);
        if (subject != null) {
          draft.offer(
              MetadataDraft.QUESTIONS,
              questions(subject),
              Provenance.COVER,
              "ITU-R cover: the Question of \"Subject:\"");
          break;
        }
      }
    }
    List<Contact> contacts = CoverContacts.read(cover.values(CoverLabel.CONTACT));
    if (!contacts.isEmpty()) {
      draft.offer(
          MetadataDraft.CONTACTS,
          contacts,
          Provenance.COVER,
          cover.first(CoverLabel.CONTACT).rule(grammar));
    }
    Cover.Labelled date = cover.first(CoverLabel.DATE);
    if (date != null) {
      draft.offer(
          MetadataDraft.DATE, Dates.find(date.value()), Provenance.COVER, date.rule(grammar));
    }
  }

  /** Whether a cell is on the line right after the cell before it. */
  private static boolean onNextRow(List<Cover.Cell> cells, int at) {
    return at > 0 && cells.get(at).row() == cells.get(at - 1).row() + 1;
  }

  /** Whether the cover's family writes a Purpose: ITU-T's, or a family not known. */
  private boolean carriesPurpose() {
    return grammar.equals("ITU-T") || grammar.equals("ITU");
  }

  /** The Questions of a cell's value, under the masthead's study group when it has one. */
  private List<String> questions(String value) {
    String studyGroup =
        masthead.group != null && masthead.group.matches("SG\\d+")
            ? masthead.group.substring(2)
            : null;
    return CoverQuestions.of(value, studyGroup);
  }

  /** The kind line, place and dates, and a published text's title. */
  private void unlabelled(CoverNumbers.Reading number) {
    List<Cover.Cell> cells = cover.cells();
    for (int i = 0; i < cells.size(); i++) {
      Cover.Cell cell = cells.get(i);
      if (cover.isLabelled(cell)) {
        continue;
      }
      String kind = CoverCells.kindOf(cell.text());
      if (kind != null) {
        draft.cue(
            TypeEvidence.Cue.KIND_LINE,
            kind,
            Provenance.COVER,
            "cover: "
                + grammar
                + " "
                + cell.origin().written
                + ", kind line '"
                + cell.text()
                + "'");
      }
      if (!CoverCells.neverTitleOrSource(cell.text())
          && Sources.isOnlyMemberStates(cell.text())
          && !(onNextRow(cells, i) && SourceLines.endsOnAMemberState(cells.get(i - 1).text()))) {
        // Co-sponsors one per line: the lines of Member States that follow are the same list.
        List<String> states = new ArrayList<>(Sources.split(cell.text()));
        for (int j = i + 1;
            j < cells.size()
                && !cover.isLabelled(cells.get(j))
                && onNextRow(cells, j)
                && Sources.isOnlyMemberStates(cells.get(j).text());
            j++) {
          states.addAll(Sources.split(cells.get(j).text()));
        }
        draft.offer(
            MetadataDraft.SOURCES,
            states,
            Provenance.COVER,
            "cover: " + grammar + " " + cell.origin().written + ", line of Member States");
      }
      draft.offer(
          MetadataDraft.DATE,
          Dates.monthYear(cell.text()),
          Provenance.COVER,
          "cover: " + grammar + " " + cell.origin().written + ", month and year");
      Matcher placeAndDate = CoverCells.placeAndDate(cells, i);
      if (placeAndDate != null && !"council".equals(Masthead.best(masthead.scores))) {
        String rule = "cover: " + grammar + " " + cell.origin().written + ", place and dates";
        draft.offer(MetadataDraft.PLACE, placeAndDate.group("place"), Provenance.COVER, rule);
        String date = placeAndDate.group("date");
        draft.offer(
            MetadataDraft.MEETING_DATE,
            Dates.find(date) != null ? Dates.find(date) : Dates.monthYear(date),
            Provenance.COVER,
            rule);
      }
    }
    if (number != null
        && number.canonical() != null
        && (number.canonical().startsWith("ITU-") || number.canonical().contains(" Res. "))) {
      PublishedCover.read(cells, number, masthead.conference, grammar, draft);
    }
  }
}
