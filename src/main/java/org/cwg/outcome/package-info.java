/**
 * Meeting outcomes: which report sections deal with a contribution ({@code cwg outcome DOC}) and a
 * meeting at a glance ({@code cwg meeting N}). A report names a contribution in a heading or in its
 * text, by full number, by meeting and number ("Document 20/4"), by its number alone in the
 * report's meeting ("Doc. 7", "Contribution 5"), or as "the contribution from a Member State
 * (number)"; a revision and its original share their outcomes. A report whose summary copies a
 * contribution's Purpose without naming it is linked by word-shingle containment, the words and
 * shingles cut as {@code reuse} cuts them. A meeting lists a document published in several
 * languages once, by its English version, with its languages.
 *
 * <p>Reads the index through {@link org.cwg.index.CorpusReader} and depends on {@code model},
 * {@code index}, Lucene, the number scanner of {@code cite} and the shingles of {@code reuse} only
 * ({@code reuse} never depends on it): no parsing, no structure rules, no rendering, no command
 * line. Results are plain records that {@code render} turns into text, JSON, Markdown or CSV.
 */
package org.cwg.outcome;
