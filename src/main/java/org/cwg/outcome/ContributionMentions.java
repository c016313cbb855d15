package org.cwg.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.cite.NumberScanner;
import org.cwg.model.DocumentNumber;

/**
 * Finds the documents a meeting report names, in every way reports name them: full numbers,
 * "Document 20/4" (meeting and number, the group understood), "Doc. 7" or "Contribution 5" (the
 * number alone, in the report's own meeting), and "the contribution from Brazil (Document 7)". The
 * short forms need the report's series ({@code CWG-Internet-20}): its group and meeting, or else
 * the series its full numbers name most. Thread-safe.
 */
public final class ContributionMentions {

  private static final String SPACE = "[\\s\\u00a0]";

  /** The words that head a number: Document(s), Doc., Docs., Contribution(s), then "No.". */
  private static final String LEAD =
      "(?<word>(?i:Documents?|Docs?\\.|Contributions?))"
          + SPACE
          + "*(?:(?i:No)\\.?"
          + SPACE
          + "*)?";

  /** A revision, addendum or corrigendum after a number: "(Rev.1)", " Rev. 1", "R1". */
  private static final String AMENDMENT =
      "(?<amendment>"
          + SPACE
          + "*\\(?(?i:Rev|Add|Corr)\\.?"
          + SPACE
          + "?\\d{1,2}\\)?|R\\d{1,2}\\b)?";

  private static final String NUMBER_END = "(?![\\w/]|\\.\\d)";

  private static final Pattern MEETING_NUMBER =
      Pattern.compile(
          "(?<![\\w/-])" + LEAD + "(?<m>\\d{1,3})/(?<n>\\d{1,4})" + AMENDMENT + NUMBER_END);

  private static final Pattern SHORT =
      Pattern.compile("(?<![\\w/-])" + LEAD + "(?<n>\\d{1,4})" + AMENDMENT + NUMBER_END);

  /** The next number of a list after a plural lead: ", 6", " and 7", ", and 8". */
  private static final Pattern LIST_NEXT =
      Pattern.compile(
          "\\G(?:"
              + SPACE
              + "*,"
              + SPACE
              + "*(?:(?i:and|or)"
              + SPACE
              + "+)?|"
              + SPACE
              + "+(?i:and|or)"
              + SPACE
              + "+)(?<n>\\d{1,4})"
              + NUMBER_END);

  /**
   * "the contribution from the Russian Federation (20/4)", "the contributions by Paraguay, Armenia
   * and Zambia (Document 3)": the Member States, then the number in brackets in any form.
   */
  private static final Pattern MEMBER_STATE =
      Pattern.compile(
          "(?i:\\bthe"
              + SPACE
              + "+contributions?"
              + SPACE
              + "+(?:from|by|of|submitted"
              + SPACE
              + "+by)"
              + SPACE
              + "+(?:the"
              + SPACE
              + "+)?)(?<source>\\p{Lu}[\\p{L}\\p{M}.'’&,\\- \\u00a0]{1,100}?)"
              + SPACE
              + "*\\((?<ref>[^()\\n]{1,40}(?:\\([^()\\n]{1,12}\\))?)\\)");

  /** "contribution from the ", before a Member State's name. */
  private static final Pattern SOURCE_LEAD =
      Pattern.compile(
          "(?i)contributions?"
              + SPACE
              + "+(?:from|by|of|submitted"
              + SPACE
              + "+by)"
              + SPACE
              + "+(?:the"
              + SPACE
              + "+)?");

  private static final Pattern AMENDMENT_ALONE =
      Pattern.compile("(?i)\\(?(?<kind>Rev|Add|Corr|R)\\.?" + SPACE + "?(?<n>\\d{1,2})\\)?");

  private final String group;
  private final String series;
  private final Map<String, List<String>> numbersBySource;

  /**
   * @param group the report's group, such as {@code CWG-Internet}, or null
   * @param series the report's series, such as {@code CWG-Internet-20}, or null when unknown (the
   *     short forms are then not read)
   */
  public ContributionMentions(String group, String series) {
    this(group, series, Map.of());
  }

  private ContributionMentions(
      String group, String series, Map<String, List<String>> numbersBySource) {
    this.group = group;
    this.series = series;
    this.numbersBySource = numbersBySource;
  }

  /**
   * The same finder, also reading "the contribution from Brazil" without a number as the one
   * contribution of the meeting from that Member State.
   *
   * @param numbersBySource each source of the meeting's contributions, as written, to the numbers
   *     of the contributions it submitted
   */
  public ContributionMentions withSources(Map<String, List<String>> numbersBySource) {
    Map<String, List<String>> folded = new HashMap<>();
    numbersBySource.forEach(
        (source, numbers) ->
            folded
                .computeIfAbsent(LeadScan.asciiLowerCase(source.strip()), k -> new ArrayList<>())
                .addAll(numbers));
    folded.replaceAll((source, numbers) -> List.copyOf(new TreeSet<>(numbers)));
    return new ContributionMentions(group, series, Map.copyOf(folded));
  }

  /**
   * The finder for a report: its series from its group and meeting, else the series its full
   * numbers name most (a report names its meeting's documents throughout).
   */
  public static ContributionMentions forReport(String group, Integer meeting, String text) {
    if (group != null && meeting != null) {
      String series = group + "-" + meeting;
      if (DocumentNumber.canonical("1", series).isPresent()) {
        return new ContributionMentions(group, series);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Mention mention : new ContributionMentions(group, null).find(text)) {
      String base = DocumentNumber.base(mention.number());
      int slash = base.lastIndexOf('/');
      boolean sameGroup = group == null || group.equals(DocumentNumber.groupOf(base));
      if (slash > 0 && sameGroup) {
        String candidate = base.substring(0, slash);
        int count = counts.merge(candidate, 1, Integer::sum);
        if (best == null || count > counts.get(best)) {
          best = candidate;
        }
      }
    }
    return new ContributionMentions(group, best);
  }

  /** The report's series, such as {@code CWG-Internet-20}, or null. */
  public String series() {
    return series;
  }

  /** Every document named in {@code text}, in text order, each place once. */
  public List<Mention> find(String text) {
    List<Mention> found = new ArrayList<>();
    String lower = LeadScan.asciiLowerCase(text);
    Matcher state = MEMBER_STATE.matcher(text);
    for (int at : LeadScan.leads(lower, "contribution")) {
      int the = LeadScan.theBefore(lower, at);
      if (the >= 0 && !LeadScan.lookingAt(state, text, the)) {
        namedSource(text, lower, the, at).ifPresent(m -> addUnlessTaken(found, m));
      } else if (the >= 0) {
        String source = state.group("source").strip();
        resolve(state.group("ref"))
            .ifPresent(
                number ->
                    addUnlessTaken(
                        found,
                        new Mention(
                            number,
                            state.group(),
                            state.start(),
                            state.end(),
                            MentionForm.MEMBER_STATE,
                            source)));
      }
    }
    Matcher full = NumberScanner.matcher(text);
    for (int from = 0; NumberScanner.findNext(text, full, from); from = full.end()) {
      addUnlessTaken(
          found,
          new Mention(
              DocumentNumber.canonical(full),
              full.group(),
              full.start(),
              full.end(),
              MentionForm.FULL,
              null));
    }
    List<Integer> leads = LeadScan.leads(lower, "doc", "contribution");
    if (group != null) {
      Matcher m = MEETING_NUMBER.matcher(text);
      for (int at : leads) {
        if (LeadScan.lookingAt(m, text, at)) {
          DocumentNumber.canonical(m.group("m") + "/" + m.group("n"), group)
              .map(number -> number + amendment(m.group("amendment")))
              .ifPresent(
                  number ->
                      addUnlessTaken(
                          found,
                          new Mention(
                              number,
                              m.group(),
                              m.start(),
                              m.end(),
                              MentionForm.MEETING_NUMBER,
                              null)));
        }
      }
    }
    if (series != null) {
      findShortForms(text, leads, found);
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  private void findShortForms(String text, List<Integer> leads, List<Mention> found) {
    Matcher m = SHORT.matcher(text);
    Matcher next = LIST_NEXT.matcher(text);
    for (int at : leads) {
      if (!LeadScan.lookingAt(m, text, at)) {
        continue;
      }
      String amendment = amendment(m.group("amendment"));
      inSeries(m.group("n"))
          .ifPresent(
              number ->
                  addUnlessTaken(
                      found,
                      new Mention(
                          number + amendment,
                          m.group(),
                          m.start(),
                          m.end(),
                          MentionForm.SHORT,
                          null)));
      String word = m.group("word").toLowerCase(Locale.ROOT);
      boolean plural = word.endsWith("s") || word.endsWith("s.");
      // "Documents 6, 8 and 9": each number of the list is a document of the series.
      for (int from = m.end(); plural && LeadScan.lookingAt(next, text, from); from = next.end()) {
        int start = next.start("n");
        int end = next.end();
        inSeries(next.group("n"))
            .ifPresent(
                number ->
                    addUnlessTaken(
                        found,
                        new Mention(
                            number,
                            text.substring(start, end),
                            start,
                            end,
                            MentionForm.SHORT,
                            null)));
      }
    }
  }

  /** "the contribution from Brazil", without a number: Brazil's one contribution, if it has one. */
  private Optional<Mention> namedSource(String text, String lower, int the, int at) {
    Matcher lead = SOURCE_LEAD.matcher(text);
    if (numbersBySource.isEmpty() || !LeadScan.lookingAt(lead, text, at)) {
      return Optional.empty();
    }
    int from = lead.end();
    String best = null;
    for (String source : numbersBySource.keySet()) {
      int end = from + source.length();
      if (!lower.startsWith(source, from)
          || end < lower.length() && Character.isLetter(lower.charAt(end))) {
        continue;
      }
      if (best == null || source.length() > best.length()) {
        best = source;
      }
    }
    if (best == null || numbersBySource.get(best).size() != 1) {
      return Optional.empty();
    }
    int end = from + best.length();
    return Optional.of(
        new Mention(
            numbersBySource.get(best).get(0),
            text.substring(the, end),
            the,
            end,
            MentionForm.MEMBER_STATE_ALONE,
            text.substring(from, end)));
  }

  /** The number written inside brackets after a Member State, in any of the forms above. */
  Optional<String> resolve(String written) {
    String text = written.strip();
    Optional<String> full = DocumentNumber.canonical(text);
    if (full.isPresent()) {
      return full;
    }
    Matcher meeting = MEETING_NUMBER.matcher(text);
    if (group != null && meeting.matches()) {
      return DocumentNumber.canonical(meeting.group("m") + "/" + meeting.group("n"), group)
          .map(number -> number + amendment(meeting.group("amendment")));
    }
    Matcher bare = Pattern.compile("(?<m>\\d{1,3})/(?<n>\\d{1,4})" + AMENDMENT).matcher(text);
    if (group != null && bare.matches()) {
      return DocumentNumber.canonical(bare.group("m") + "/" + bare.group("n"), group)
          .map(number -> number + amendment(bare.group("amendment")));
    }
    Matcher shortForm = SHORT.matcher(text);
    if (shortForm.matches()) {
      return inSeries(shortForm.group("n"))
          .map(number -> number + amendment(shortForm.group("amendment")));
    }
    Matcher alone = Pattern.compile("(?<n>\\d{1,4})" + AMENDMENT).matcher(text);
    if (alone.matches()) {
      return inSeries(alone.group("n")).map(number -> number + amendment(alone.group("amendment")));
    }
    return Optional.empty();
  }

  private Optional<String> inSeries(String number) {
    return series == null
        ? Optional.empty()
        : DocumentNumber.canonical(Integer.toString(Integer.parseInt(number)), series);
  }

  /** "(Rev.1)", " Rev. 1" and "R1" as a canonical number appends them: {@code (Rev.1)}. */
  static String amendment(String written) {
    if (written == null || written.isBlank()) {
      return "";
    }
    Matcher m = AMENDMENT_ALONE.matcher(written.strip());
    if (!m.matches()) {
      return "";
    }
    String kind = m.group("kind").toLowerCase(Locale.ROOT);
    String name = kind.startsWith("a") ? "Add" : kind.startsWith("c") ? "Corr" : "Rev";
    return "(" + name + "." + Integer.parseInt(m.group("n")) + ")";
  }

  private static void addUnlessTaken(List<Mention> found, Mention candidate) {
    for (Mention taken : found) {
      if (candidate.start() < taken.end() && taken.start() < candidate.end()) {
        return;
      }
    }
    found.add(candidate);
  }
}
