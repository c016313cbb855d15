package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cwg.model.Metadata;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types that who sends a document, or its number's series, settles against its other cues, and a
 * study group named as the source.
 */
class SenderAndSeriesTypeTest {

  @Test
  void aDraftTextPresentedAsANoteIsADraftText() {
    Metadata m =
        CoverOfLines.read(
            "c.txt",
            "Council 2031\tDocument C31/DT/8-E",
            "\t12 June 2031",
            "Note by the Secretariat",
            "DRAFT DECISION ON THE DATES OF THE 2032 SESSION");
    assertEquals("other", m.type());
  }

  @Test
  void aDraftAgendaPresentedAsANoteInTheDraftTextSeriesStaysAnAgenda() {
    Metadata m =
        CoverOfLines.read(
            "c.txt",
            "Council 2031\tDocument C31/DT/2-E",
            "\t9 June 2031",
            "Note by the Secretary-General",
            "DRAFT AGENDA OF THE PLENARY MEETING");
    assertEquals("agenda", m.type());
  }

  @Test
  void whatABureausDirectorSendsTheAdvisoryGroupIsTheDirectorsReport(@TempDir Path dir)
      throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "T29-TSAG-310303-TD-GEN-0077!!MSW-E",
                "INTERNATIONAL TELECOMMUNICATION UNION\t\tTSAG-TD77",
                "TELECOMMUNICATION STANDARDIZATION SECTOR",
                "STUDY PERIOD 2029-2032",
                "\t\tTSAG",
                "\t\tOriginal: English",
                "Question(s):\tN/A\tGeneva, 3-6 March 2031",
                "TEMPORARY DOCUMENT",
                "Source:\tDirector, TSB",
                "Title:\tFollow-up of the decisions of the last Assembly",
                "1\tIntroduction",
                "The Assembly took decisions that bear on the work of the Sector.",
                "2\tAction required",
                "TSAG is invited to take note of this document.")
            .metadata();
    assertEquals("report", m.type());
  }

  @Test
  void whatABureausDirectorProposesToAStudyGroupIsANote(@TempDir Path dir) throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "R29-SG04-C-0021!!MSW-E",
                "Radiocommunication Study Groups",
                "\t\tDocument 4/21-E",
                "\t\t4 February 2031",
                "\t\tEnglish only",
                "Director, Radiocommunication Bureau",
                "ARRANGEMENTS FOR THE NEXT ASSEMBLY",
                "1\tPurpose",
                "This note informs Study Group 4 of the arrangements for the next Assembly.",
                "2\tProposals",
                "The Study Group may wish to revise two of its Resolutions.",
                "3\tAction required",
                "Study Group 4 is invited to take note of this document.")
            .metadata();
    assertEquals("note", m.type());
  }

  @Test
  void onlyTheBureausDirectorSpeaksForTheBureau() {
    assertEquals("report", TypeEvidence.bureauDirectorsRoleOf(List.of("Director, BDT"), "TDAG"));
    assertEquals("report", TypeEvidence.bureauDirectorsRoleOf(List.of("Director, TSB"), "TSAG"));
    assertEquals(
        "note",
        TypeEvidence.bureauDirectorsRoleOf(List.of("Director, Radiocommunication Bureau"), "RAG"));
    assertEquals(
        "note",
        TypeEvidence.bureauDirectorsRoleOf(
            List.of("Directeur, Bureau des radiocommunications"), "WP9Z"));
    assertNull(
        TypeEvidence.bureauDirectorsRoleOf(
            List.of("Director of Standards, Ruritania Telecom"), "SG9"));
    assertNull(TypeEvidence.bureauDirectorsRoleOf(List.of("Chair, Study Group 9"), "SG9"));
    assertNull(TypeEvidence.bureauDirectorsRoleOf(null, "SG9"));
  }

  @Test
  void aStudyGroupNamedAfterSourceIsTheGroupThatSendsIt() {
    String[] lines = {
      "INTERNATIONAL TELECOMMUNICATION UNION\t\tSG9-TD88/GEN",
      "TELECOMMUNICATION STANDARDIZATION SECTOR",
      "STUDY PERIOD 2029-2032",
      "\t\tSTUDY GROUP 9",
      "\t\tOriginal: English",
      "Question(s):\t2/9\tGeneva, 5-9 May 2031",
      "TD",
      "Source:\tStudy Group 9",
      "Title:\tLS on the progress of draft Recommendation J.999 [to Ruritania Cable Forum]",
      "LIAISON STATEMENT"
    };
    Metadata text = CoverOfLines.read("T29-SG09-310505-TD-GEN-0088!!MSW-E.txt", lines);
    assertEquals(List.of("Study Group 9"), text.sources());
    // A Word table gives each cell on a line of its own, the masthead's group among them.
    List<CoverLine> cells =
        Stream.of(lines)
            .flatMap(line -> Stream.of(line.split("\t")))
            .filter(cell -> !cell.isBlank())
            .map(cell -> new CoverLine(cell, Block.Region.TABLE))
            .toList();
    Metadata table =
        MetadataReader.read(
            Map.of(),
            cells,
            null,
            "T29-SG09-310505-TD-GEN-0088!!MSW-E.docx",
            Map.of(),
            List.of(),
            "");
    assertEquals(List.of("Study Group 9"), table.sources());
    assertEquals("SG9", table.group());
  }
}
