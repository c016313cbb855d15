package org.cwg.search;

import java.util.ArrayList;
import java.util.List;
import org.cwg.model.ProposalItem;
import org.cwg.search.MatchSpans.Span;

/** Which proposal items of a Proposal section hold a match. */
final class ProposalMatches {

  /** Long enough to find an item in its section, short enough to survive cleaning quirks. */
  private static final int PROBE = 60;

  private ProposalMatches() {}

  /**
   * The items found in {@code sectionText} with at least one span inside them. Items carry no
   * offsets, so each is located by its text, from where the previous one ended.
   */
  static List<ProposalItem> itemsWithMatches(
      List<ProposalItem> items, String sectionText, List<Span> spans) {
    List<ProposalItem> matching = new ArrayList<>();
    int searchFrom = 0;
    for (ProposalItem item : items) {
      String itemText = item.text().strip();
      if (itemText.isEmpty()) {
        continue;
      }
      String probe = itemText.substring(0, Math.min(PROBE, itemText.length()));
      int start = sectionText.indexOf(probe, searchFrom);
      if (start < 0) {
        continue;
      }
      int end = start + itemText.length();
      if (spans.stream().anyMatch(span -> span.start() < end && span.end() > start)) {
        matching.add(item);
      }
      searchFrom = start + probe.length();
    }
    return matching;
  }
}
