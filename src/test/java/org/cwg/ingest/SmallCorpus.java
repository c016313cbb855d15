package org.cwg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A folder of small, distinct contributions as .txt files, quick to write and to ingest. */
final class SmallCorpus {

  private static final String[] WORDS = {
    "resolution",
    "council",
    "internet",
    "governance",
    "member",
    "states",
    "contribution",
    "proposal",
    "working",
    "group",
    "policy",
    "ITU"
  };

  private SmallCorpus() {}

  /** Writes {@code count} files named c0000.txt... under {@code dir}; returns their paths. */
  static List<Path> write(Path dir, int count, int generation, Random random) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve(String.format("c%04d.txt", i));
      rewrite(file, i, generation, random);
      files.add(file.toAbsolutePath().normalize());
    }
    return files;
  }

  /** The text a file holds in a given generation; its first line names both. */
  static void rewrite(Path file, int number, int generation, Random random) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("CWG-Internet-20/")
        .append(number)
        .append(" generation ")
        .append(generation)
        .append('\n');
    for (int line = 0; line < 30; line++) {
      for (int word = 0; word < 25; word++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      text.append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
