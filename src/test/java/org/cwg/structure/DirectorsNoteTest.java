package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the TSB's or the BDT's Director sends the Sector's advisory group is the Director's report,
 * unless its lead calls it a note; what the Radiocommunication Bureau's Director sends RAG is a
 * note, as to the ITU-R groups.
 */
class DirectorsNoteTest {

  @TempDir Path dir;

  private String typeOf(String number, String group, String director, String lead)
      throws Exception {
    return WordTextExport.read(
            dir,
            number.replace('/', '-'),
            group,
            "\tDocument " + number + "-E",
            "\t12 January 2031",
            "\tEnglish only",
            director,
            "PREPARATION OF THE NEXT CONFERENCE",
            "1\tPurpose",
            lead,
            "2\tConclusions",
            "The Group is invited to advise the Director on the preparations.")
        .metadata()
        .type();
  }

  private String tdagTypeOf(String lead) throws Exception {
    return typeOf(
        "TDAG-31/7",
        "Telecommunication Development Advisory Group",
        "Director, Telecommunication Development Bureau",
        lead);
  }

  @Test
  void theDirectorsDocumentThatCallsItselfANoteIsANote() throws Exception {
    assertEquals(
        "note", tdagTypeOf("This note informs the Group of the preparations for the Conference."));
    assertEquals("note", tdagTypeOf("La presente nota informa al Grupo sobre la Conferencia."));
  }

  @Test
  void theDirectorsDocumentOtherwiseIsAReport() throws Exception {
    assertEquals("report", tdagTypeOf("This document reports on the preparations."));
  }

  @Test
  void theRadiocommunicationBureausDirectorWritesRagANote() throws Exception {
    assertEquals(
        "note",
        typeOf(
            "RAG31-1/7",
            "Radiocommunication Advisory Group",
            "Director, Radiocommunication Bureau",
            "This document reports on the preparations."));
  }
}
