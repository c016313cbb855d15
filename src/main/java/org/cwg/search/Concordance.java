package org.cwg.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.cwg.index.CorpusReader;
import org.cwg.model.CorpusOrder;
import org.cwg.model.DocumentRecord;
import org.cwg.model.DocumentSummary;
import org.cwg.model.Section;
import org.cwg.search.MatchSpans.Span;

/** Keyword in context: every occurrence of a term or phrase, with the text on either side. */
public final class Concordance {

  private final CorpusReader reader;

  public Concordance(CorpusReader reader) {
    this.reader = reader;
  }

  /**
   * The occurrences of {@code query} in the documents that pass {@code filters}; a section filter
   * keeps the occurrences inside that kind of section. {@code limit} 0 keeps them all.
   */
  public ConcordanceResult lines(
      String query, boolean exact, SearchFilters filters, int width, KwicSort sort, int limit)
      throws IOException {
    if (width < 1) {
      throw new IllegalArgumentException("--width must be at least 1");
    }
    Query text = UserQuery.parse(query, exact, reader.indexReader());
    List<ConcordanceLine> lines = new ArrayList<>();
    for (DocumentMatches doc : DocumentMatches.find(reader, text, filters)) {
      DocumentRecord record = doc.record();
      for (Span span : doc.spans()) {
        lines.add(line(record, span, width));
      }
    }
    lines.sort(order(sort));
    int total = lines.size();
    List<ConcordanceLine> kept = limit > 0 && limit < total ? lines.subList(0, limit) : lines;
    return new ConcordanceResult(query, width, total, kept);
  }

  private static ConcordanceLine line(DocumentRecord record, Span span, int width) {
    String text = record.text();
    // The space next to the match is kept: it tells "the core" from "the core's".
    String left =
        SnippetBuilder.collapse(
            text.substring(Math.max(0, span.start() - 3 * width), span.start()));
    String right =
        SnippetBuilder.collapse(
            text.substring(span.end(), Math.min(text.length(), span.end() + 3 * width)));
    Section section = record.sectionAt(span.start());
    return new ConcordanceLine(
        DocumentSummary.of(record),
        section == null ? null : section.kind().id(),
        span.start(),
        left.substring(Math.max(0, left.length() - width)).stripLeading(),
        SnippetBuilder.collapse(text.substring(span.start(), span.end())),
        right.substring(0, Math.min(width, right.length())).stripTrailing());
  }

  private static Comparator<ConcordanceLine> order(KwicSort sort) {
    Comparator<ConcordanceLine> inCorpus =
        CorpusOrder.of(
                (ConcordanceLine l) -> l.document().meeting(),
                l -> l.document().number(),
                l -> l.document().path())
            .thenComparingInt(ConcordanceLine::offset);
    return switch (sort) {
      case MEETING -> inCorpus;
      case LEFT ->
          Comparator.comparing((ConcordanceLine l) -> leftwards(l.left())).thenComparing(inCorpus);
      case RIGHT ->
          Comparator.comparing((ConcordanceLine l) -> words(l.right())).thenComparing(inCorpus);
    };
  }

  /** The left context's words from the match outwards: "of the" sorts under "the". */
  static String leftwards(String left) {
    List<String> words = Arrays.asList(words(left).split(" "));
    Collections.reverse(words);
    return String.join(" ", words);
  }

  /** Words only, lower-cased: lines sort by what they say, not by their punctuation. */
  static String words(String context) {
    return context.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
