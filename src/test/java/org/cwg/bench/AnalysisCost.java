package org.cwg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cwg.cite.CitationExtractor;
import org.cwg.cite.Citations;
import org.cwg.json.Json;
import org.cwg.parse.DocumentParser;
import org.cwg.parse.ParsedDocument;
import org.cwg.parse.ParserLimits;
import org.cwg.parse.UnreadableFileException;
import org.cwg.structure.DocumentStructure;
import org.cwg.structure.Manifest;
import org.cwg.structure.StructureExtractor;

/**
 * The cost of cwg's own analysis, without Tika and Lucene: parses a sample of a corpus once, keeps
 * the parsed documents in memory, then times structure extraction and citation extraction over all
 * of them, single-threaded, after a warm-up, for several rounds. Prints the CPU time of each part
 * per 1,000 documents (median and best of the rounds).
 *
 * <p>With {@code --dump FILE} it also writes every document's structure and citations as JSON
 * Lines, so that two builds can be compared for identical results.
 *
 * <p>Usage: {@code AnalysisCost [--corpus DIR] [--every N] [--rounds R] [--warmup W] [--dump FILE]
 * [--also DIR]...}. The sample is every N-th file of the corpus in name order (default 10) plus
 * every meeting report the corpus' truth file ({@code DIR-truth.jsonl} beside it) names; {@code
 * --also} adds every file of another folder, such as the samples.
 */
public final class AnalysisCost {

  private AnalysisCost() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of("target/bench/corpus-10000-seed1");
    int every = 10;
    int rounds = 7;
    int warmup = 3;
    Path dump = null;
    List<Path> also = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--every" -> every = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--dump" -> dump = Path.of(args[++i]);
        case "--also" -> also.add(Path.of(args[++i]));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Path> files = sample(corpus, every);
    for (Path folder : also) {
      files.addAll(filesIn(folder));
    }
    List<Document> docs = parseAll(files);
    System.err.printf(
        Locale.ROOT,
        "%d documents parsed, %,d characters of text%n",
        docs.size(),
        docs.stream().mapToLong(Document::characters).sum());

    StructureExtractor structure = new StructureExtractor(Manifest.none());
    CitationExtractor citations = new CitationExtractor();
    if (dump != null) {
      writeDump(dump, docs, structure, citations);
    }
    List<DocumentStructure> structures = new ArrayList<>();
    for (Document doc : docs) {
      structures.add(structure.extract(doc.parsed(), doc.file()));
    }
    for (int w = 0; w < warmup; w++) {
      timeStructure(docs, structure);
      timeCitations(structures, citations);
    }
    List<Long> structureNanos = new ArrayList<>();
    List<Long> citationNanos = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      structureNanos.add(timeStructure(docs, structure));
      citationNanos.add(timeCitations(structures, citations));
    }
    double perThousand = 1_000.0 / docs.size() / 1_000_000.0;
    System.out.printf(
        Locale.ROOT,
        "documents %d, rounds %d after %d warm-up rounds, CPU ms per " + "1,000 documents%n",
        docs.size(),
        rounds,
        warmup);
    System.out.printf(
        Locale.ROOT,
        "structure  median %8.1f  best %8.1f%n",
        Stats.median(structureNanos) * perThousand,
        min(structureNanos) * perThousand);
    System.out.printf(
        Locale.ROOT,
        "citations  median %8.1f  best %8.1f%n",
        Stats.median(citationNanos) * perThousand,
        min(citationNanos) * perThousand);
    System.out.printf(
        Locale.ROOT,
        "both       median %8.1f%n",
        (Stats.median(structureNanos) + Stats.median(citationNanos)) * perThousand);
  }

  private record Document(Path file, ParsedDocument parsed, long characters) {}

  private static List<Path> sample(Path corpus, int every) throws IOException {
    List<Path> all = filesIn(corpus);
    Set<String> reports =
        reportsNamedBy(corpus.resolveSibling(corpus.getFileName() + "-truth.jsonl"));
    List<Path> chosen = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Path file = all.get(i);
      if (i % every == 0 || reports.contains(file.getFileName().toString())) {
        chosen.add(file);
      }
    }
    return chosen;
  }

  private static Set<String> reportsNamedBy(Path truth) throws IOException {
    Set<String> reports = new HashSet<>();
    if (!Files.exists(truth)) {
      return reports;
    }
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      JsonNode record = Json.mapper().readTree(line);
      if ("report".equals(record.path("type").asText())) {
        reports.add(record.path("file").asText());
      }
    }
    return reports;
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
    }
  }

  private static List<Document> parseAll(List<Path> files) {
    List<Document> docs = new ArrayList<>();
    try (DocumentParser parser = new DocumentParser(ParserLimits.defaults())) {
      for (Path file : files) {
        try {
          ParsedDocument parsed = parser.parse(file);
          long characters = parsed.blocks().stream().mapToLong(b -> b.text().length()).sum();
          docs.add(new Document(file.toAbsolutePath().normalize(), parsed, characters));
        } catch (UnreadableFileException e) {
          System.err.println("skipped " + file + ": " + e.getMessage());
        }
      }
    }
    return docs;
  }

  private static long timeStructure(List<Document> docs, StructureExtractor structure) {
    long start = cpuNanos();
    for (Document doc : docs) {
      structure.extract(doc.parsed(), doc.file());
    }
    return cpuNanos() - start;
  }

  private static long timeCitations(
      List<DocumentStructure> structures, CitationExtractor citations) {
    long start = cpuNanos();
    for (DocumentStructure doc : structures) {
      citations.extract(doc.text(), doc.sections(), doc.metadata().number());
    }
    return cpuNanos() - start;
  }

  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.getCurrentThreadCpuTime();
  }

  private static long min(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).min().orElse(0);
  }

  private static void writeDump(
      Path dump, List<Document> docs, StructureExtractor structure, CitationExtractor citations)
      throws IOException {
    // Immutable maps iterate in an order that changes from one JVM to the next; sorted keys make
    // two runs comparable byte for byte.
    ObjectWriter json = Json.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    try (BufferedWriter out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
      for (Document doc : docs) {
        DocumentStructure extracted = structure.extract(doc.parsed(), doc.file());
        Citations cites =
            citations.extract(
                extracted.text(), extracted.sections(), extracted.metadata().number());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", doc.file().getFileName().toString());
        line.put("structure", extracted);
        line.put("citations", cites);
        out.write(json.writeValueAsString(line));
        out.newLine();
      }
    }
  }
}
