package org.cwg.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.model.MeetingRange;
import org.cwg.model.NaturalOrder;
import org.cwg.model.ResolutionMention;

/**
 * The resolution citations of a set of documents, seen across the corpus: which resolutions are
 * cited and how much, who cites one, and the documents × resolutions matrix.
 */
public final class CitationSurvey {

  private static final int CONTEXT_WIDTH = 160;

  private final List<DocumentRecord> records;
  private final ResolutionCatalogue catalogue;

  /**
   * @param records the documents, in the order results should list them
   */
  public CitationSurvey(List<DocumentRecord> records, ResolutionCatalogue catalogue) {
    this.records = List.copyOf(records);
    this.catalogue = catalogue;
  }

  /** The same survey over the documents of some meetings only. */
  public CitationSurvey inMeetings(MeetingRange range) {
    return new CitationSurvey(
        records.stream().filter(r -> range.contains(r.metadata().meeting())).toList(), catalogue);
  }

  /** Every cited resolution: most citing documents first, then most mentions, then by name. */
  public List<CitedResolution> resolutions() {
    Map<ResolutionId, Tally> tallies = new LinkedHashMap<>();
    for (DocumentRecord record : records) {
      Map<ResolutionId, Integer> counts = countsOf(record);
      counts.forEach(
          (id, count) -> tallies.computeIfAbsent(id, k -> new Tally()).add(record, count));
    }
    List<CitedResolution> cited = new ArrayList<>();
    tallies.forEach(
        (id, tally) ->
            cited.add(
                new CitedResolution(
                    id.body(),
                    id.number(),
                    null,
                    titleOf(id),
                    tally.documents,
                    tally.mentions,
                    List.copyOf(tally.meetings))));
    cited.sort(
        Comparator.comparingInt(CitedResolution::documents)
            .reversed()
            .thenComparing(Comparator.comparingInt(CitedResolution::mentions).reversed())
            .thenComparing(CitedResolution::body)
            .thenComparing(CitedResolution::number, NaturalOrder.INSTANCE));
    return cited;
  }

  /**
   * The resolution a user means. A number typed alone gets its body by rule, unless the corpus
   * cites that number under one other body only.
   */
  public ResolutionId identify(ResolutionId.Parsed parsed) {
    if (parsed.bodyGiven()) {
      return parsed.id();
    }
    List<ResolutionId> sameNumber =
        resolutions().stream()
            .map(CitedResolution::id)
            .filter(id -> id.number().equals(parsed.id().number()))
            .toList();
    return sameNumber.size() == 1 && !sameNumber.contains(parsed.id())
        ? sameNumber.get(0)
        : parsed.id();
  }

  /** The documents citing one resolution, each mention with its context. */
  public CitingDocuments citing(ResolutionId id) {
    List<CitingDocuments.Document> documents = new ArrayList<>();
    for (DocumentRecord record : records) {
      List<CitingDocuments.Mention> mentions =
          record.resolutions().stream()
              .filter(m -> ResolutionId.of(m).equals(id))
              .map(m -> mentionInContext(record, m))
              .toList();
      if (!mentions.isEmpty()) {
        documents.add(new CitingDocuments.Document(DocumentSummary.of(record), mentions));
      }
    }
    return new CitingDocuments(
        new CitingDocuments.Resolution(id.body(), id.number(), null, titleOf(id)),
        documents,
        CitingCounts.byMeeting(documents),
        CitingCounts.byYear(documents));
  }

  /** Documents × resolutions, restricted to one resolution when {@code only} is given. */
  public CitationMatrix matrix(Optional<ResolutionId> only) {
    List<ResolutionId> ids =
        resolutions().stream()
            .map(CitedResolution::id)
            .filter(id -> only.isEmpty() || only.get().equals(id))
            .toList();
    List<String> keys = ids.stream().map(ResolutionId::key).toList();
    List<CitationMatrix.Row> rows = new ArrayList<>();
    for (DocumentRecord record : records) {
      Map<String, Integer> mentions = new LinkedHashMap<>();
      Map<ResolutionId, Integer> counts = countsOf(record);
      for (String key : keys) {
        counts.entrySet().stream()
            .filter(e -> e.getKey().key().equals(key))
            .findFirst()
            .ifPresent(e -> mentions.put(key, e.getValue()));
      }
      if (!mentions.isEmpty()) {
        rows.add(new CitationMatrix.Row(DocumentSummary.of(record), mentions));
      }
    }
    return new CitationMatrix(keys, rows, ids.stream().map(CitationMatrix.Column::of).toList());
  }

  /** The catalogue's title, else the first title a document quotes, else null. */
  private String titleOf(ResolutionId id) {
    return catalogue
        .title(id)
        .orElseGet(
            () ->
                records.stream()
                    .flatMap(r -> r.resolutions().stream())
                    .filter(m -> m.title() != null && ResolutionId.of(m).equals(id))
                    .map(ResolutionMention::title)
                    .findFirst()
                    .orElse(null));
  }

  private static Map<ResolutionId, Integer> countsOf(DocumentRecord record) {
    Map<ResolutionId, Integer> counts = new LinkedHashMap<>();
    // A mention whose body could not be told names no one resolution.
    record.resolutions().stream()
        .filter(m -> m.body() != null)
        .forEach(m -> counts.merge(ResolutionId.of(m), 1, Integer::sum));
    return counts;
  }

  private static CitingDocuments.Mention mentionInContext(
      DocumentRecord record, ResolutionMention m) {
    return new CitingDocuments.Mention(
        m.body(),
        m.number(),
        m.qualifier(),
        m.title(),
        m.text(),
        m.start(),
        m.end(),
        m.section(),
        m.inferred(),
        Context.around(record.text(), m.start(), m.end(), CONTEXT_WIDTH));
  }

  /** Documents, mentions and meetings of one resolution. */
  private static final class Tally {
    int documents;
    int mentions;
    final TreeSet<Integer> meetings = new TreeSet<>();

    void add(DocumentRecord record, int count) {
      documents++;
      mentions += count;
      if (record.metadata().meeting() != null) {
        meetings.add(record.metadata().meeting());
      }
    }
  }
}
