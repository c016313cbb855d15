package org.cwg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cwg.analyze.RecordAssembler;
import org.cwg.index.CorpusWriter;
import org.cwg.model.DocumentRecord;
import org.cwg.model.Metadata;
import org.cwg.model.Provenance;
import org.cwg.structure.Manifest;

/**
 * An index of the five seed documents, with the cover facts the gold file knows set by hand (the
 * seeds' exported text carries no cover block): 000 is CWG-Internet-20/4, 004 the report of meeting
 * 20, 001 and 002 contributions to meeting 21 and 003 to meeting 22 (meetings made up for the
 * test). Ids are the seeds' three-digit prefixes, so that output is the same wherever the temporary
 * folder is.
 */
final class SeedIndex {

  static final List<String> SEEDS =
      List.of(
          "000_390a1167734b5728.txt",
          "001_27e60200d3c8a806.txt",
          "002_286d323b42f9aff4.txt",
          "003_a40fdb2044d530c8.txt",
          "004_631d3bb824dc1921.txt");

  private static final Map<String, Metadata> KNOWN =
      Map.of(
          SEEDS.get(0), metadata("CWG-Internet-20/4", 20, "contribution"),
          SEEDS.get(1), metadata(null, 21, "contribution"),
          SEEDS.get(2), metadata(null, 21, "contribution"),
          SEEDS.get(3), metadata(null, 22, "contribution"),
          SEEDS.get(4), metadata(null, 20, "report"));

  private SeedIndex() {}

  /** Writes the seeds under {@code root/seeds} and indexes them into {@code root/index}. */
  static Path build(Path root) throws IOException {
    Path seeds = Files.createDirectories(root.resolve("seeds"));
    Path index = root.resolve("index");
    RecordAssembler assembler = new RecordAssembler(Manifest.none());
    try (CorpusWriter writer = CorpusWriter.open(index)) {
      for (String name : SEEDS) {
        String text = read(name);
        Path file = seeds.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        DocumentRecord r = assembler.assembleText(file, text);
        writer.put(
            new DocumentRecord(
                name.substring(0, 3),
                r.file(),
                KNOWN.get(name),
                r.sections(),
                r.proposals(),
                r.footnotes(),
                r.resolutions(),
                r.references(),
                r.text(),
                r.words()));
      }
      writer.commit();
    }
    return index;
  }

  private static Metadata metadata(String number, int meeting, String type) {
    Map<String, Provenance> provenance =
        new HashMap<>(
            Map.of(
                "group",
                Provenance.MANIFEST,
                "meeting",
                Provenance.MANIFEST,
                "type",
                Provenance.MANIFEST,
                "language",
                Provenance.MANIFEST));
    if (number != null) {
      provenance.put("number", Provenance.MANIFEST);
    }
    return new Metadata(
        number, "CWG-Internet", meeting, null, null, null, List.of(), null, type, "en", provenance);
  }

  private static String read(String name) throws IOException {
    try (InputStream in = SeedIndex.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
