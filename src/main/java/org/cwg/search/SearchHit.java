package org.cwg.search;

import java.util.List;
import org.cwg.model.ProposalItem;

/**
 * One section (or the front matter) of a document that matches a query. The JSON field names are a
 * scripting interface: add, never rename.
 *
 * @param id the document's id
 * @param path the document's file
 * @param number document number, or null
 * @param meeting meeting number, or null
 * @param date document date, or null
 * @param sources submitting Member States or entities
 * @param title the document's title, or null
 * @param type the document's type, or null
 * @param section kind of the section hit, or null for text outside every section
 * @param heading the section's heading, or null
 * @param sectionNumber the section's number as printed, or null
 * @param score BM25 score
 * @param snippets best passages, matches marked
 * @param proposals in a Proposal section, the proposal items that hold a match
 */
public record SearchHit(
    String id,
    String path,
    String number,
    Integer meeting,
    String date,
    List<String> sources,
    String title,
    String type,
    String section,
    String heading,
    String sectionNumber,
    float score,
    List<Snippet> snippets,
    List<ProposalItem> proposals) {

  public SearchHit {
    sources = List.copyOf(sources);
    snippets = List.copyOf(snippets);
    proposals = List.copyOf(proposals);
  }
}
