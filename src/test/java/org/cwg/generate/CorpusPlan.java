package org.cwg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cwg.generate.CitationWording.Resolution;

/**
 * Who writes what in a synthetic corpus, decided up front and in order from one seed: the meetings,
 * each document's number, sources, title, purpose, cited resolutions, references to earlier
 * documents and reused passages. Composing the documents from the plan can then run in parallel
 * without changing the result.
 */
final class CorpusPlan {

  static final String GROUP =
      "Council Working Group on International Internet-related Public Policy Issues";

  private static final List<String> MEMBER_STATES =
      List.of(
          "Russian Federation",
          "United States of America",
          "China",
          "Brazil",
          "India",
          "Saudi Arabia",
          "United Arab Emirates",
          "Egypt",
          "Kenya",
          "Nigeria",
          "Paraguay",
          "Armenia",
          "Azerbaijan",
          "Belarus",
          "Tajikistan",
          "Uzbekistan",
          "Mexico",
          "Zambia",
          "Nepal (Republic of)",
          "Germany",
          "France",
          "United Kingdom of Great Britain and Northern Ireland",
          "Japan",
          "Korea (Republic of)",
          "Canada",
          "Australia",
          "South Africa",
          "Argentina",
          "Indonesia",
          "Iran (Islamic Republic of)",
          "Cuba",
          "Algeria",
          "Ghana",
          "Rwanda",
          "Poland",
          "Sweden",
          "Switzerland",
          "Türkiye");

  private static final List<String> TITLE_FORMS =
      List.of(
          "Proposal to discuss %s",
          "Contribution on %s",
          "Strengthening the work of CWG-Internet on %s",
          "Further steps to improve %s",
          "Views on %s",
          "Proposal for a thematic discussion on %s");

  /** A meeting: its number, date and place. */
  record Meeting(int number, LocalDate date, String place) {}

  /**
   * One document to write. {@code themes} are a contribution's topics, its title's first (none for
   * a report, which summarises the meeting's contributions in their own words).
   */
  record Doc(
      int index,
      Meeting meeting,
      int seq,
      boolean report,
      List<String> sources,
      LocalDate date,
      String title,
      String purpose,
      List<String> themes,
      List<Resolution> resolutions,
      List<Doc> references,
      List<Integer> passages,
      long seed) {

    String number() {
      return "CWG-Internet-" + meeting.number() + "/" + seq;
    }

    /** ITU's file name: {@code S24-CWGINT20-C-0004!!MSW-E.docx}. */
    String fileName() {
      return String.format(
          Locale.ROOT,
          "S%02d-CWGINT%d-C-%04d!!MSW-E.docx",
          meeting.date().getYear() % 100,
          meeting.number(),
          seq);
    }
  }

  final List<Meeting> meetings = new ArrayList<>();
  final List<Doc> docs = new ArrayList<>();
  final List<String> passages = new ArrayList<>();
  PlantedReuse planted = new PlantedReuse();

  private CorpusPlan() {}

  /**
   * Plans {@code documents} documents over {@code meetingCount} meetings, two meetings a year, each
   * meeting ending with its report.
   */
  static CorpusPlan of(int documents, int meetingCount, long seed) {
    if (meetingCount < 1) {
      throw new IllegalArgumentException("--meetings must be at least 1");
    }
    if (documents < 2 * meetingCount) {
      throw new IllegalArgumentException(
          "--docs must be at least twice --meetings: every "
              + "meeting needs a contribution and a report");
    }
    if (meetingCount > 150) {
      throw new IllegalArgumentException("--meetings must be at most 150");
    }
    Random random = new Random(seed);
    Prose prose = new Prose(random);
    CorpusPlan plan = new CorpusPlan();
    for (int i = Math.max(20, documents / 20); i > 0; i--) {
      // A shared passage (a statement several contributions quote) keeps to one topic.
      plan.passages.add(prose.about(List.of(prose.anyObject())).paragraph(3, 5));
    }
    for (int m = 1; m <= meetingCount; m++) {
      int year = 2010 + (m + 1) / 2;
      LocalDate date =
          m % 2 == 1
              ? LocalDate.of(year, 2, prose.between(1, 28))
              : LocalDate.of(year, 9, prose.between(1, 30)).plusDays(prose.between(0, 20));
      Meeting meeting = new Meeting(m, date, "Geneva");
      plan.meetings.add(meeting);
      int count = documents / meetingCount + (m <= documents % meetingCount ? 1 : 0);
      List<Doc> contributions = new ArrayList<>();
      for (int seq = 1; seq < count; seq++) {
        contributions.add(plan.contribution(meeting, seq, prose, random));
      }
      plan.docs.addAll(contributions);
      plan.docs.add(plan.report(meeting, count, contributions, random));
    }
    plan.planted = PlantedReuse.plant(plan.docs, seed);
    return plan;
  }

  private Doc contribution(Meeting meeting, int seq, Prose prose, Random random) {
    List<String> sources = new ArrayList<>();
    for (int n = prose.chance(0.6) ? 1 : prose.between(2, 5); sources.size() < n; ) {
      String state = prose.pick(MEMBER_STATES);
      if (!sources.contains(state)) {
        sources.add(state);
      }
    }
    List<String> themes = new ArrayList<>();
    for (int n = 1 + prose.between(1, 3); themes.size() < n; ) {
      String theme = prose.anyObject();
      if (!themes.contains(theme)) {
        themes.add(theme);
      }
    }
    String object = themes.get(0);
    String title = String.format(Locale.ROOT, prose.pick(TITLE_FORMS), object);
    String purpose =
        "The purpose of this contribution is to facilitate discussions within "
            + "CWG-Internet on "
            + object
            + ". "
            + prose.about(themes).paragraph(1, 2);
    List<Resolution> resolutions = new ArrayList<>();
    for (int n = prose.between(0, 5); resolutions.size() < n; ) {
      Resolution r = prose.pick(CitationWording.ALL);
      if (!resolutions.contains(r)) {
        resolutions.add(r);
      }
    }
    List<Doc> references = new ArrayList<>();
    for (int n = docs.isEmpty() ? 0 : prose.between(0, 3); references.size() < n; ) {
      Doc earlier = docs.get(docs.size() - 1 - random.nextInt(Math.min(docs.size(), 60)));
      if (!references.contains(earlier)) {
        references.add(earlier);
      }
      if (references.size() == docs.size()) {
        break;
      }
    }
    List<Integer> reused = new ArrayList<>();
    if (prose.chance(0.3)) {
      reused.add(random.nextInt(passages.size()));
    }
    LocalDate date = meeting.date().minusDays(prose.between(5, 40));
    return new Doc(
        docs.size() + seq - 1,
        meeting,
        seq,
        false,
        sources,
        date,
        title,
        purpose,
        List.copyOf(themes),
        resolutions,
        references,
        reused,
        random.nextLong());
  }

  private Doc report(Meeting meeting, int seq, List<Doc> contributions, Random random) {
    String ordinal = CoverWording.ordinal(meeting.number()).toLowerCase(Locale.ROOT);
    String title = "Report of the " + ordinal + " meeting of CWG-Internet";
    String purpose =
        "This is the report of the "
            + ordinal
            + " meeting of CWG-Internet, held on "
            + CoverWording.date(meeting.date())
            + ".";
    return new Doc(
        docs.size(),
        meeting,
        seq,
        true,
        List.of(),
        meeting.date(),
        title,
        purpose,
        List.of(),
        List.of(),
        List.copyOf(contributions),
        List.of(),
        random.nextLong());
  }
}
