package org.cwg.generate;

/**
 * What is known about one seed document, as listed in {@code samples.json}. Unknown values are null
 * and stay off the cover.
 *
 * @param seed the seed's file name
 * @param file the .docx file name: ITU's where the number is known, else a readable one
 * @param number the document number, such as {@code CWG-Internet-20/4}
 * @param meeting the meeting line of the cover
 * @param date the document's date as printed
 * @param source the cover's "Contribution from ..." line
 * @param title the title
 * @param titleFromFirstLine the seed's first line is its title (and is not repeated as text)
 */
public record SampleEntry(
    String seed,
    String file,
    String number,
    String meeting,
    String date,
    String source,
    String title,
    boolean titleFromFirstLine) {}
