package org.cwg.structure;

import java.util.List;
import org.cwg.model.Footnote;
import org.cwg.model.Metadata;
import org.cwg.model.ProposalItem;
import org.cwg.model.Section;

/**
 * The structure of one document.
 *
 * @param metadata what the document is
 * @param text the cleaned full text; every section span points into it
 * @param sections the sections in document order
 * @param proposals the items of the Proposal(s) sections
 * @param footnotes footnotes taken out of the text
 */
public record DocumentStructure(
    Metadata metadata,
    String text,
    List<Section> sections,
    List<ProposalItem> proposals,
    List<Footnote> footnotes) {}
