package org.cwg.reuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cwg.generate.CorpusGenerator;
import org.cwg.index.CorpusReader;
import org.cwg.ingest.IngestListener;
import org.cwg.ingest.IngestOptions;
import org.cwg.ingest.Ingester;
import org.cwg.search.CorpusReuse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cwg reuse} on a generated corpus of 300 documents with planted reuse (edited copies of
 * 25-200 word passages), against floors a little under today's figures (recall 0.977, precision
 * 0.957 on the benchmark's seed), so that a change that loses passages fails. The target is
 * 0.95 for both; on 2,000 and 10,000 documents recall is under it: BENCHMARKS.md says why.
 */
class ReuseEvaluationIT {

  static final double RECALL_FLOOR = 0.93;
  static final double PRECISION_FLOOR = 0.93;

  @TempDir Path work;

  @Test
  void findsThePlantedPassagesAndLittleElse() throws Exception {
    Path corpus = work.resolve("corpus");
    Path truth = work.resolve("truth.jsonl");
    new CorpusGenerator(2).generate(300, 6, 42L, corpus, truth);
    Path index = work.resolve("index");
    new Ingester(index, IngestOptions.defaults(), IngestListener.SILENT).ingest(List.of(corpus));
    ReuseReport report;
    try (CorpusReader reader = CorpusReader.open(index)) {
      report = new CorpusReuse(reader, 25).all();
    }
    ReuseEvaluation evaluation = ReuseEvaluation.of(truth);
    ReuseEvaluation.Score score = evaluation.score(report);
    evaluation.wrong.forEach(w -> System.out.println("not planted: " + w));
    System.out.println("reuse on 300 generated documents: " + score);
    assertTrue(score.planted() > 20, "too few planted pairs to judge: " + score);
    assertTrue(score.recall() >= RECALL_FLOOR, score.toString());
    assertTrue(score.precision() >= PRECISION_FLOOR, score.toString());
  }
}
