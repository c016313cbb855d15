package org.cwg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies the five seed documents from the test resources into a folder of a test's own. */
final class SeedFolder {

  static final List<String> NAMES =
      List.of(
          "000_390a1167734b5728.txt",
          "001_27e60200d3c8a806.txt",
          "002_286d323b42f9aff4.txt",
          "003_a40fdb2044d530c8.txt",
          "004_631d3bb824dc1921.txt");

  private SeedFolder() {}

  static Path copyTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : NAMES) {
      try (InputStream in = SeedFolder.class.getResourceAsStream("/seeds/" + name)) {
        Files.copy(in, folder.resolve(name));
      }
    }
    return folder;
  }
}
