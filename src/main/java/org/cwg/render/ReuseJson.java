package org.cwg.render;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cwg.model.DocumentSummary;
import org.cwg.reuse.PassageRef;
import org.cwg.reuse.ReuseCluster;
import org.cwg.reuse.ReuseReport;
import org.cwg.reuse.SharedPassage;
import org.cwg.reuse.SimilarDocument;
import org.cwg.reuse.SimilarReport;

/**
 * {@code cwg reuse} and {@code cwg similar} as JSON: the reports' own fields, with each document
 * also named by the summary every command uses (path, meeting, date, ...), written flat. A
 * summary's id and number are the document's own, so no field changes name or value.
 */
public final class ReuseJson {

  private ReuseJson() {}

  /** Where a passage lies, in one document named by its summary. */
  public record Place(
      @JsonUnwrapped DocumentSummary document,
      String section,
      String heading,
      int start,
      int end) {}

  public record Pair(Place a, Place b, int words, double similarity, String text) {}

  public record Cluster(List<Place> documents, int words, String text) {}

  public record Reuse(List<Pair> pairs, List<Cluster> clusters) {}

  public record Similar(
      @JsonUnwrapped DocumentSummary document, int words, List<SimilarTo> similar) {}

  public record SimilarTo(
      @JsonUnwrapped DocumentSummary document,
      int words,
      double share,
      List<String> sections,
      List<Pair> passages) {}

  /**
   * @param summaries the summary of every document the report names, by id
   */
  public static Reuse of(ReuseReport report, Map<String, DocumentSummary> summaries) {
    return new Reuse(
        report.pairs().stream().map(p -> pair(p, summaries)).toList(),
        report.clusters().stream().map(c -> cluster(c, summaries)).toList());
  }

  /**
   * @param summaries the summary of the asked document and of every similar one, by id
   */
  public static Similar of(SimilarReport report, Map<String, DocumentSummary> summaries) {
    List<SimilarTo> similar = report.similar().stream().map(s -> similarTo(s, summaries)).toList();
    return new Similar(summary(report.id(), summaries), report.words(), similar);
  }

  private static SimilarTo similarTo(
      SimilarDocument similar, Map<String, DocumentSummary> summaries) {
    return new SimilarTo(
        summary(similar.id(), summaries),
        similar.words(),
        similar.share(),
        similar.sections(),
        similar.passages().stream().map(p -> pair(p, summaries)).toList());
  }

  private static Pair pair(SharedPassage pair, Map<String, DocumentSummary> summaries) {
    return new Pair(
        place(pair.a(), summaries),
        place(pair.b(), summaries),
        pair.words(),
        pair.similarity(),
        pair.text());
  }

  private static Cluster cluster(ReuseCluster cluster, Map<String, DocumentSummary> summaries) {
    return new Cluster(
        cluster.documents().stream().map(d -> place(d, summaries)).toList(),
        cluster.words(),
        cluster.text());
  }

  private static Place place(PassageRef ref, Map<String, DocumentSummary> summaries) {
    return new Place(
        summary(ref.id(), summaries), ref.section(), ref.heading(), ref.start(), ref.end());
  }

  private static DocumentSummary summary(String id, Map<String, DocumentSummary> summaries) {
    DocumentSummary summary = summaries.get(id);
    if (summary == null) {
      throw new IllegalStateException("index damaged: no summary for " + id);
    }
    return summary;
  }

  /** The ids of every document a reuse report names. */
  public static Set<String> ids(ReuseReport report) {
    Set<String> ids = new HashSet<>();
    report.pairs().forEach(p -> ids.addAll(List.of(p.a().id(), p.b().id())));
    report.clusters().forEach(c -> c.documents().forEach(d -> ids.add(d.id())));
    return ids;
  }

  /** The ids of the asked document and of every similar one. */
  public static Set<String> ids(SimilarReport report) {
    Set<String> ids = new HashSet<>();
    ids.add(report.id());
    report.similar().forEach(s -> ids.add(s.id()));
    return ids;
  }
}
