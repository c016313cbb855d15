package org.cwg.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern AMENDMENT_ALONE =
      Pattern.compile("(?i)\\(?(?<kind>Rev|Add|Corr|R)\\.?" + SPACE + "?(?<n>\\d{1,2})\\)?");

  private final String group;
  private final String series;

  /**
   * @param group the report's group, such as {@code CWG-Internet}, or null
   * @param series the report's series, such as {@code CWG-Internet-20}, or null when unknown (the
   *     short forms are then not read)
   */
  public ContributionMentions(String group, String series) {
    this.group = group;
    this.series = series;
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
    Matcher state = MEMBER_STATE.matcher(text);
    while (state.find()) {
      String source = state.group("source").strip();
      resolve(state.group("ref"))
          .ifPresent(
              number ->
                  found.add(
                      new Mention(
                          number,
                          state.group(),
                          state.start(),
                          state.end(),
                          MentionForm.MEMBER_STATE,
                          source)));
    }
    Matcher full = DocumentNumber.FINDER.matcher(text);
    while (full.find()) {
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
    if (group != null) {
      Matcher m = MEETING_NUMBER.matcher(text);
      while (m.find()) {
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
    if (series != null) {
      findShortForms(text, found);
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  private void findShortForms(String text, List<Mention> found) {
    Matcher m = SHORT.matcher(text);
    Matcher next = LIST_NEXT.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.end();
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
      while (plural && from < text.length() && next.find(from) && next.start() == from) {
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
        from = end;
      }
    }
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
