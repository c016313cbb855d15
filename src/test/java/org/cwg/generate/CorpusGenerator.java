package org.cwg.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cwg.generate.CorpusPlan.Doc;
import org.cwg.json.Json;

/**
 * Writes a synthetic corpus of ITU-like contributions and meeting reports, the same bytes for the
 * same seed, with a ground-truth manifest next to it. Documents are composed and written on several
 * threads; the plan that decides their content is made first, in order, so the thread count does
 * not change the result.
 */
public final class CorpusGenerator {

  private final int threads;

  public CorpusGenerator(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1");
    }
    this.threads = threads;
  }

  /** The manifest's default place: {@code corpus-truth.jsonl} next to a folder {@code corpus}. */
  public static Path defaultTruth(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + "-truth.jsonl");
  }

  /**
   * Writes {@code documents} files over {@code meetings} meetings into {@code out} (created if
   * needed) and the truth manifest to {@code truth}, which must lie outside {@code out}.
   */
  public CorpusSummary generate(int documents, int meetings, long seed, Path out, Path truth)
      throws IOException {
    long start = System.nanoTime();
    Path folder = out.toAbsolutePath().normalize();
    Path truthFile = truth.toAbsolutePath().normalize();
    if (truthFile.startsWith(folder)) {
      throw new IllegalArgumentException(
          "the truth manifest must not be inside "
              + out
              + ": everything in the corpus folder gets ingested");
    }
    CorpusPlan plan = CorpusPlan.of(documents, meetings, seed);
    requireEmpty(folder);
    Files.createDirectories(folder);
    List<TruthRecord> truths = writeAll(plan, folder);
    if (truthFile.getParent() != null) {
      Files.createDirectories(truthFile.getParent());
    }
    try (BufferedWriter lines = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
      for (TruthRecord record : truths) {
        lines.write(Json.compact(record));
        lines.write('\n');
      }
    }
    long bytes = 0;
    for (TruthRecord record : truths) {
      bytes += Files.size(folder.resolve(record.file()));
    }
    int reports = (int) plan.docs.stream().filter(Doc::report).count();
    return new CorpusSummary(
        plan.docs.size(),
        plan.docs.size() - reports,
        reports,
        meetings,
        seed,
        folder.toString(),
        truthFile.toString(),
        bytes,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Old files in the folder would be ingested with the new ones and contradict the truth. */
  private static void requireEmpty(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + " is not a folder");
    }
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException(folder + " is not empty; give a new or empty folder");
      }
    }
  }

  /** Writes the documents in slices, one task a slice; truth comes back in plan order. */
  private List<TruthRecord> writeAll(CorpusPlan plan, Path folder) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<TruthRecord>>> slices = new ArrayList<>();
      int chunk = Math.max(1, plan.docs.size() / (threads * 8));
      for (int from = 0; from < plan.docs.size(); from += chunk) {
        List<Doc> slice = plan.docs.subList(from, Math.min(plan.docs.size(), from + chunk));
        slices.add(pool.submit(() -> write(slice, plan, folder)));
      }
      List<TruthRecord> truths = new ArrayList<>(plan.docs.size());
      for (Future<List<TruthRecord>> slice : slices) {
        truths.addAll(slice.get());
      }
      return truths;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<TruthRecord> write(List<Doc> docs, CorpusPlan plan, Path folder)
      throws IOException {
    ContributionDocxWriter writer = new ContributionDocxWriter();
    List<TruthRecord> truths = new ArrayList<>(docs.size());
    for (Doc doc : docs) {
      Composition composition =
          doc.report()
              ? ReportComposer.compose(doc)
              : ContributionComposer.compose(doc, plan.passages, plan.planted.in(doc.index()));
      try (OutputStream file = Files.newOutputStream(folder.resolve(doc.fileName()))) {
        writer.write(composition.spec(), file);
      }
      truths.add(composition.truth());
    }
    return truths;
  }
}
