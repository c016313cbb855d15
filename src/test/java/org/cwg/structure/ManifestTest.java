package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

  @TempDir Path temp;

  @Test
  void csvRowsAreFoundByFileNameOrPathEnd() throws Exception {
    Path csv = temp.resolve("m.csv");
    Files.writeString(
        csv,
        "\ufefffile,number,sources,meetingDate\r\n"
            + "a.docx,CWG-Internet-20/4,\"Brazil; India\",2024-10-04\r\n"
            + "sub/b.txt,C25/45,,\r\n");
    Manifest manifest = Manifest.load(csv);
    assertEquals(2, manifest.size());
    assertEquals(
        Map.of(
            "number", "CWG-Internet-20/4", "sources", "Brazil; India", "meetingDate", "2024-10-04"),
        manifest.fieldsFor(Path.of("/docs/a.docx")));
    assertEquals(Map.of("number", "C25/45"), manifest.fieldsFor(Path.of("/docs/sub/b.txt")));
    assertEquals(Map.of(), manifest.fieldsFor(Path.of("/docs/other/b.txt")));
  }

  @Test
  void jsonMayBeAnObjectByFileOrAnArray() throws Exception {
    Path byFile = temp.resolve("m.json");
    Files.writeString(
        byFile, "{\"a.docx\": {\"sources\": [\"Brazil\", \"India\"], \"meeting\": 20}}");
    assertEquals(
        Map.of("sources", "Brazil; India", "meeting", "20"),
        Manifest.load(byFile).fieldsFor(Path.of("a.docx")));
    Path array = temp.resolve("list.json");
    Files.writeString(array, "[{\"file\": \"a.docx\", \"type\": \"report\"}]");
    assertEquals(Map.of("type", "report"), Manifest.load(array).fieldsFor(Path.of("a.docx")));
  }

  @Test
  void mistakesAreTheUsersAndNamed() throws Exception {
    Path bad = temp.resolve("bad.csv");
    Files.writeString(bad, "file,meeting\na.docx,twenty\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Manifest.load(bad));
    assertTrue(e.getMessage().endsWith("meeting 'twenty' is not a number"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Manifest.load(temp.resolve("none.csv")));
  }
}
