package org.cwg.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.cwg.model.DocumentSummary;

/**
 * One occurrence of a match with its context. The JSON field names are a scripting interface.
 *
 * @param document the document, its fields written flat in the line's JSON
 * @param section kind of the section the match falls in, or null outside any section
 * @param offset where the match starts in the document's text
 * @param left the context before the match, whitespace collapsed
 * @param match the match as written
 * @param right the context after the match, whitespace collapsed
 */
public record ConcordanceLine(
    @JsonUnwrapped DocumentSummary document,
    String section,
    int offset,
    String left,
    String match,
    String right)
    implements OfDocument {}
