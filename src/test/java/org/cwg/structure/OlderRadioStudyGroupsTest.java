package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Until 2007 ITU-R counted its study groups up to 11 (8 mobile, 9 fixed, 10 and 11 broadcasting):
 * their documents carry the group before the slash as today's 1 to 7 do.
 */
class OlderRadioStudyGroupsTest {

  @TempDir Path dir;

  @Test
  void aStudyGroupAboveSevenNumbersItsOwnDocuments() throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "R98-SG10-C-0024",
                "Radiocommunication Study Groups",
                "\tDocument 10/24-E",
                "\t4 March 1998",
                "\tEnglish only",
                "Director, Radiocommunication Bureau",
                "RESULTS OF THE RADIOCOMMUNICATION ASSEMBLY FOR STUDY GROUP 10",
                "1\tPurpose",
                "This note informs Study Group 10 of the decisions of the Assembly.")
            .metadata();
    assertEquals("10/24", m.number());
    assertEquals("SG10", m.group());
    assertEquals("itu-r", m.family());
  }
}
