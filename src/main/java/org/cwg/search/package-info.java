/**
 * Search across a corpus of meetings, on the index: ranked section-level search with filters,
 * facets and highlighted passages, the concordance ({@code kwic}), occurrences per meeting ({@code
 * trend}) and the corpus at a glance ({@code stats}).
 *
 * <p>Builds Lucene queries from the field names in {@link org.cwg.index.IndexFields} and reads
 * through {@link org.cwg.index.CorpusReader}; never writes the index, never parses files (no Tika,
 * no {@code parse} or {@code analyze}) and never imports picocli. Results are plain records that
 * {@code render} turns into text, JSON or CSV. Every count (hits, concordance lines, trend
 * occurrences) comes from the same match offsets ({@link org.cwg.search.MatchSpans}), so the
 * commands agree with each other.
 */
package org.cwg.search;
