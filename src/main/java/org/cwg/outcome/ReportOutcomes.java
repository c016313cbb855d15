package org.cwg.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cwg.model.DocumentNumber;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.model.Section;
import org.cwg.model.SectionKind;

/**
 * The sections of one meeting report that deal with one contribution. A report gives each
 * contribution a heading ("6.2 CWG-Internet-20/4 (Russian Federation, …): title") with its Summary
 * and Discussions one level under it; it also names contributions in running text and in its
 * Actions. Failing any name, a section that copies the contribution's Purpose is a reuse link.
 */
public final class ReportOutcomes {

  /**
   * A section copies a contribution when at least this share of the Purpose's shingles are in it,
   * and this share of its own shingles are in the contribution.
   */
  static final double REUSE_THRESHOLD = 0.5;

  private final DocumentRecord report;
  private final DocumentSummary summary;
  private final List<Section> sections;
  private final ContributionMentions finder;
  private final Set<String> indexed;

  // What each section's heading and text name, and its shingles: found once per report, then
  // filtered for each contribution (a meeting asks about every one of its contributions).
  private final List<List<Mention>> headingMentions = new ArrayList<>();
  private final List<List<Mention>> textMentions = new ArrayList<>();
  private final List<long[]> shingles = new ArrayList<>();

  /**
   * @param indexed the numbers of the indexed documents, without revision: a section whose heading
   *     names one of them is that document's, and copies nothing from another without naming it
   */
  public ReportOutcomes(DocumentRecord report, Set<String> indexed) {
    this(report, indexed, Map.of());
  }

  /**
   * @param numbersBySource each source of the meeting's contributions to the numbers of those it
   *     submitted: "the contribution from Brazil" is then Brazil's one contribution
   */
  public ReportOutcomes(
      DocumentRecord report, Set<String> indexed, Map<String, List<String>> numbersBySource) {
    this.report = report;
    this.indexed = Set.copyOf(indexed);
    this.summary = DocumentSummary.of(report);
    this.sections = report.sections();
    StringBuilder all = new StringBuilder();
    for (Section s : sections) {
      all.append(s.heading()).append('\n').append(s.text()).append('\n');
    }
    this.finder =
        ContributionMentions.forReport(
                report.metadata().group(), report.metadata().meeting(), all.toString())
            .withSources(numbersBySource);
    for (Section s : sections) {
      headingMentions.add(finder.find(s.heading()));
      textMentions.add(finder.find(s.text()));
    }
  }

  public DocumentRecord report() {
    return report;
  }

  /** Every document number the report names, with the sections naming it (by number or heading). */
  public Map<String, Set<String>> named() {
    Map<String, Set<String>> named = new LinkedHashMap<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      String where = s.number() != null ? s.number() : s.heading();
      for (List<Mention> mentions : List.of(headingMentions.get(i), textMentions.get(i))) {
        for (Mention m : mentions) {
          named.computeIfAbsent(m.number(), k -> new LinkedHashSet<>()).add(where);
        }
      }
    }
    return named;
  }

  /** The outcomes of {@code contribution} in this report, in report order. */
  public List<Outcome> of(Contribution contribution) {
    List<Outcome> outcomes = new ArrayList<>();
    List<String> actionLines = new ArrayList<>();
    List<Mention> actionMentions = new ArrayList<>();
    Section actionsSection = null;
    if (contribution.number() != null) {
      String base = DocumentNumber.base(contribution.number());
      for (int i = 0; i < sections.size(); i++) {
        Section s = sections.get(i);
        List<Mention> inHeading = matching(headingMentions.get(i), base);
        if (!inHeading.isEmpty()) {
          outcomes.add(headingUnit(i, inHeading, contribution));
          i = subtreeEnd(i) - 1;
          continue;
        }
        List<Mention> inText = matching(textMentions.get(i), base);
        if (inText.isEmpty()) {
          continue;
        }
        if (isActions(s)) {
          actionLines.addAll(OutcomeText.linesOf(s.text(), inText));
          actionMentions.addAll(inText);
          actionsSection = actionsSection == null ? s : actionsSection;
        } else {
          outcomes.add(textUnit(s, inText, contribution));
        }
      }
    }
    if (outcomes.isEmpty() && actionsSection != null) {
      outcomes.add(
          reference(
              actionsSection,
              null,
              null,
              List.of(),
              actionMentions,
              contribution,
              List.of("text")));
    }
    if (outcomes.isEmpty()) {
      reuse(contribution).ifPresent(outcomes::add);
    }
    if (!actionLines.isEmpty()) {
      outcomes.set(0, outcomes.get(0).withActions(actionLines));
    }
    return outcomes;
  }

  private Outcome headingUnit(int at, List<Mention> mentions, Contribution contribution) {
    Section head = sections.get(at);
    List<String> summaries = new ArrayList<>();
    List<String> discussions = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    for (int j = at + 1; j < subtreeEnd(at); j++) {
      Section child = sections.get(j);
      switch (child.kind()) {
        case SUMMARY, ABSTRACT -> summaries.add(child.text().strip());
        case DISCUSSION -> discussions.add(child.text().strip());
        case ACTIONS, OUTCOME, CONCLUSION ->
            actions.addAll(OutcomeText.nonBlankLines(child.text()));
        default -> {}
      }
    }
    if (summaries.isEmpty() && discussions.isEmpty() && !head.text().isBlank()) {
      (head.kind() == SectionKind.SUMMARY ? summaries : discussions).add(head.text().strip());
    }
    discussions.forEach(d -> actions.addAll(OutcomeText.decisionsIn(d)));
    return reference(
        head,
        OutcomeText.join(summaries),
        OutcomeText.join(discussions),
        actions,
        mentions,
        contribution,
        List.of("heading"));
  }

  private Outcome textUnit(Section s, List<Mention> mentions, Contribution contribution) {
    String summaryText = s.kind() == SectionKind.SUMMARY ? s.text().strip() : null;
    String discussion =
        s.kind() == SectionKind.DISCUSSION
            ? s.text().strip()
            : summaryText != null
                ? null
                : String.join("\n", OutcomeText.linesOf(s.text(), mentions));
    List<String> actions = discussion == null ? List.of() : OutcomeText.decisionsIn(discussion);
    return reference(s, summaryText, discussion, actions, mentions, contribution, List.of("text"));
  }

  private Outcome reference(
      Section s,
      String summaryText,
      String discussion,
      List<String> actions,
      List<Mention> mentions,
      Contribution contribution,
      List<String> where) {
    Set<String> via = new LinkedHashSet<>(where);
    // A heading is the report's own statement of what a section is about; in running text, the
    // strongest mention counts.
    double strongest = 0;
    boolean exact = false;
    String named = contribution.number();
    for (Mention m : mentions) {
      via.add(m.form().id());
      strongest = Math.max(strongest, weightOf(m.form()));
      if (m.number().equals(contribution.number())) {
        exact = true;
      } else {
        named = m.number();
      }
    }
    double score = where.contains("heading") ? 1.0 : strongest;
    if (!exact && !mentions.isEmpty()) {
      via.add("revision");
      score *= 0.95;
    } else {
      named = contribution.number();
    }
    Double copied =
        summaryText == null || !contribution.passage().usable()
            ? null
            : round(contribution.passage().in(summaryText));
    return new Outcome(
        summary,
        refOf(s),
        summaryText,
        discussion,
        actions,
        Outcome.REFERENCE,
        round(score),
        named,
        List.copyOf(via),
        mentions.stream().map(m -> m.written().replace('\n', ' ')).distinct().toList(),
        copied);
  }

  private static double weightOf(MentionForm form) {
    return switch (form) {
      case FULL -> 0.9;
      case MEETING_NUMBER, MEMBER_STATE -> 0.85;
      case SHORT -> 0.8;
      case MEMBER_STATE_ALONE -> 0.7;
    };
  }

  /** The section that copies most of the contribution's Purpose, if one copies enough. */
  private Optional<Outcome> reuse(Contribution contribution) {
    if (!contribution.passage().usable()) {
      return Optional.empty();
    }
    int best = -1;
    double bestScore = REUSE_THRESHOLD;
    double bestCopied = 0;
    for (int i = 0; i < sections.size(); i++) {
      if (attributedElsewhere(i, contribution)) {
        continue;
      }
      // Both ways: the section holds the Purpose, and is made of the contribution's text. A
      // Purpose of shared boilerplate is held by the summaries of other documents too, but they
      // go on in words of their own.
      double copied = contribution.passage().in(shinglesOf(i));
      double madeOf = ShingleContainment.share(shinglesOf(i), contribution.shingles());
      double score = Math.min(copied, madeOf);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
        bestCopied = copied;
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    Section copying = sections.get(best);
    int parent = parentOf(best);
    boolean underHeading =
        copying.kind() == SectionKind.SUMMARY && parent >= 0 && !isActions(sections.get(parent));
    Section unit = underHeading ? sections.get(parent) : copying;
    List<String> discussions = new ArrayList<>();
    if (underHeading) {
      for (int j = parent + 1; j < subtreeEnd(parent); j++) {
        if (sections.get(j).kind() == SectionKind.DISCUSSION) {
          discussions.add(sections.get(j).text().strip());
        }
      }
    }
    String discussion = OutcomeText.join(discussions);
    return Optional.of(
        new Outcome(
            summary,
            refOf(unit),
            copying.text().strip(),
            discussion,
            discussion == null ? List.of() : OutcomeText.decisionsIn(discussion),
            Outcome.REUSE,
            round(bestScore),
            null,
            List.of("summary-copies-purpose"),
            List.of(),
            round(bestCopied)));
  }

  /**
   * Whether the section, or a section it is under, has a heading naming another indexed document: a
   * copy there is that document's text, named.
   */
  private boolean attributedElsewhere(int at, Contribution contribution) {
    String own = contribution.number() == null ? null : DocumentNumber.base(contribution.number());
    for (int i = at; i >= 0; i = parentOf(i)) {
      for (Mention m : headingMentions.get(i)) {
        String base = DocumentNumber.base(m.number());
        if (indexed.contains(base) && !base.equals(own)) {
          return true;
        }
      }
    }
    return false;
  }

  private long[] shinglesOf(int at) {
    while (shingles.size() <= at) {
      shingles.add(ShingleContainment.shinglesOf(sections.get(shingles.size()).text()));
    }
    return shingles.get(at);
  }

  private static List<Mention> matching(List<Mention> mentions, String base) {
    return mentions.stream().filter(m -> DocumentNumber.base(m.number()).equals(base)).toList();
  }

  /** Where the section's subtree ends: the next section at its level or above. */
  private int subtreeEnd(int at) {
    int level = sections.get(at).level();
    int end = at + 1;
    while (end < sections.size() && sections.get(end).level() > level) {
      end++;
    }
    return end;
  }

  private int parentOf(int at) {
    int level = sections.get(at).level();
    for (int j = at - 1; j >= 0; j--) {
      if (sections.get(j).level() < level) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isActions(Section s) {
    return s.kind() == SectionKind.ACTIONS
        || s.kind() == SectionKind.OUTCOME
        || s.kind() == SectionKind.CONCLUSION;
  }

  private static SectionRef refOf(Section s) {
    return new SectionRef(s.number(), s.heading(), s.level(), s.kind().id());
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
