package org.cwg.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.cwg.model.DocumentSummary;
import org.cwg.model.ProposalItem;

/**
 * One section (or the front matter) of a document that matches a query. The JSON field names are a
 * scripting interface: add, never rename.
 *
 * @param document the document, its fields written flat in the hit's JSON
 * @param section kind of the section hit, or null for text outside every section
 * @param heading the section's heading, or null
 * @param sectionNumber the section's number as printed, or null
 * @param score BM25 score
 * @param snippets best passages, matches marked
 * @param proposals in a Proposal section, the proposal items that hold a match
 */
public record SearchHit(
    @JsonUnwrapped DocumentSummary document,
    String section,
    String heading,
    String sectionNumber,
    float score,
    List<Snippet> snippets,
    List<ProposalItem> proposals)
    implements OfDocument {

  public SearchHit {
    snippets = List.copyOf(snippets);
    proposals = List.copyOf(proposals);
  }
}
