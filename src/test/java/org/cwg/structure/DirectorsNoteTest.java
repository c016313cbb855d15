package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Bureau's Director sends the Sector's advisory group is the Director's report, unless its
 * lead calls it a note.
 */
class DirectorsNoteTest {

  @TempDir Path dir;

  private String typeOf(String lead) throws Exception {
    return WordTextExport.read(
            dir,
            "R31-RAG31.1-C-0007!!MSW-E",
            "Radiocommunication Advisory Group",
            "\tDocument RAG31-1/7-E",
            "\t12 January 2031",
            "\tEnglish only",
            "Director, Radiocommunication Bureau",
            "PREPARATION OF THE NEXT RADIOCOMMUNICATION ASSEMBLY",
            "1\tPurpose",
            lead,
            "2\tConclusions",
            "The Group is invited to advise the Director on the preparations.")
        .metadata()
        .type();
  }

  @Test
  void theDirectorsDocumentThatCallsItselfANoteIsANote() throws Exception {
    assertEquals(
        "note", typeOf("This note informs the Group of the preparations for the Assembly."));
    assertEquals("note", typeOf("La presente nota informa al Grupo sobre la Asamblea."));
  }

  @Test
  void theDirectorsDocumentOtherwiseIsAReport() throws Exception {
    assertEquals("report", typeOf("This document reports on the preparations for the Assembly."));
  }
}
