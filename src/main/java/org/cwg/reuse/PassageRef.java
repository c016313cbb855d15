package org.cwg.reuse;

/**
 * Where a shared passage lies in one document.
 *
 * @param id the document's id
 * @param number its canonical number, or null
 * @param section the number of the section the passage starts in, or its heading when it has no
 *     number; null before the first section
 * @param heading that section's heading, or null
 * @param start offset of the passage's first character in the document's text
 * @param end offset just past its last character
 */
public record PassageRef(
    String id, String number, String section, String heading, int start, int end) {}
