package org.cwg.search;

/**
 * One occurrence of a match with its context. The JSON field names are a scripting interface.
 *
 * @param id the document's id
 * @param number document number, or null
 * @param meeting meeting number, or null
 * @param date document date, or null
 * @param section kind of the section the match falls in, or null outside any section
 * @param offset where the match starts in the document's text
 * @param left the context before the match, whitespace collapsed
 * @param match the match as written
 * @param right the context after the match, whitespace collapsed
 * @param path the document's file
 */
public record ConcordanceLine(
    String id,
    String number,
    Integer meeting,
    String date,
    String section,
    int offset,
    String left,
    String match,
    String right,
    String path) {}
