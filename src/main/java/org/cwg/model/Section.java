package org.cwg.model;

/**
 * One section of a document.
 *
 * @param kind what the section is for
 * @param heading the heading as written, without its number
 * @param number the number as printed ("1", "II", "5.3"), or null when the heading has none
 * @param level nesting depth, 1 for top-level sections
 * @param text the body of the section, cleaned of export artifacts
 * @param start offset of the heading in the document's cleaned text
 * @param end offset just past the section's own body, where the next heading of any level starts
 *     (so the spans of a document's sections never overlap)
 */
public record Section(
    SectionKind kind, String heading, String number, int level, String text, int start, int end) {}
