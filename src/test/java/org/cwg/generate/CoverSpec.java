package org.cwg.generate;

/**
 * The cover table to write for an ITU document. Cells that are not known are null and left out.
 *
 * @param group the group's full name ("Council Working Group on ...")
 * @param meeting the meeting line ("Twentieth meeting – Geneva, 4 October 2024")
 * @param document the document line ("Document CWG-Internet-20/4-E")
 * @param date the document's date as printed ("20 September 2024")
 * @param source who submits it ("Contribution from Russian Federation, Belarus")
 */
public record CoverSpec(
    String group, String meeting, String document, String date, String source) {}
