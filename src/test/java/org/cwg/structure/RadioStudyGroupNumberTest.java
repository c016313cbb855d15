package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ITU-R study group numbers its own documents with its digit before the slash ("Document 3/25-E"
 * is 3/25); the Radiocommunication masthead says so, whatever the title names.
 */
class RadioStudyGroupNumberTest {

  @TempDir Path dir;

  @Test
  void aStudyGroupsNumberStaysItsOwnWhenTheTitleNamesTheGroupAndAConference() throws Exception {
    Metadata m =
        WordTextExport.read(
                dir,
                "R31-SG01-C-0025",
                "Radiocommunication Study Groups\t",
                "\t\tDocument 1/25-E",
                "\t\t2 March 2031",
                "\t\tEnglish only",
                "Director, Radiocommunication Bureau",
                "OUTCOME OF THE WORLD RADIOCOMMUNICATION CONFERENCE (DUBAI, 2030)",
                "OF INTEREST TO STUDY GROUP 1",
                "1\tPurpose",
                "This note informs Study Group 1 of the decisions of the Conference.")
            .metadata();
    assertEquals("1/25", m.number());
    assertEquals("itu-r", m.family());
    assertEquals("SG1", m.group());
  }
}
