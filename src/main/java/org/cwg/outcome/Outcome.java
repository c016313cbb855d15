package org.cwg.outcome;

import java.util.ArrayList;
import java.util.List;
import org.cwg.model.DocumentSummary;

/**
 * One report section that deals with a contribution. The JSON field names are a scripting
 * interface: add, never rename.
 *
 * @param report the report
 * @param section the section: the one whose heading names the contribution, or the one whose text
 *     does, or the one whose summary copies it
 * @param summary the text of its Summary, or null
 * @param discussion the text of its Discussion(s), or the paragraphs that name the contribution
 * @param actions the decisions and actions about the contribution: sentences of its discussion that
 *     record one, and the lines of the report's Actions that name it
 * @param link {@code reference} (the report names the contribution) or {@code reuse} (its text
 *     copies the contribution's Purpose without naming it)
 * @param score how sure the link is, from 0 to 1: 1 for a heading; in the text, that of the
 *     strongest mention (a full number above a short form); for a reuse, the lower of the Purpose's
 *     share in the section and the section's share in the contribution
 * @param named the number the report uses, which may be the original of a revision or a revision of
 *     an original; null for a reuse
 * @param via how it was named: {@code heading} or {@code text}, then each form ({@code
 *     full-number}, {@code meeting-number}, {@code short-number}, {@code member-state}), and {@code
 *     revision} when the report names another revision of the same document
 * @param mentions each mention as written
 * @param copied the share of the contribution's Purpose that the summary copies, or null when
 *     either is missing
 */
public record Outcome(
    DocumentSummary report,
    SectionRef section,
    String summary,
    String discussion,
    List<String> actions,
    String link,
    double score,
    String named,
    List<String> via,
    List<String> mentions,
    Double copied) {

  public static final String REFERENCE = "reference";
  public static final String REUSE = "reuse";

  public Outcome {
    actions = List.copyOf(actions);
    via = List.copyOf(via);
    mentions = List.copyOf(mentions);
  }

  /** The same outcome with more actions (the report's Actions lines that name the contribution). */
  Outcome withActions(List<String> more) {
    List<String> all = new ArrayList<>(actions);
    more.stream().filter(a -> !all.contains(a)).forEach(all::add);
    return new Outcome(
        report, section, summary, discussion, all, link, score, named, via, mentions, copied);
  }
}
