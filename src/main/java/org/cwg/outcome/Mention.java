package org.cwg.outcome;

/**
 * One place where a report names a document.
 *
 * @param number the canonical number it names, such as {@code CWG-Internet-20/4(Rev.1)}
 * @param written the words as written, such as "Doc. 7"
 * @param start offset in the text searched
 * @param end offset just past the mention
 * @param form how the document was named
 * @param source the Member State a "contribution from" names, or null
 */
public record Mention(
    String number, String written, int start, int end, MentionForm form, String source) {}
