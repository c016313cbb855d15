/**
 * Text reuse: the passages documents share, found by near-duplicate detection and aligned to exact
 * offsets.
 *
 * <p>A text becomes normalised words ({@link org.cwg.reuse.Words}), then hashed word shingles, then
 * a few fingerprints chosen by winnowing ({@link org.cwg.reuse.Fingerprints}: the minimum hash of
 * every window of shingles, a MinHash over sliding passage windows), which the index stores as
 * terms at ingest. Documents that share fingerprints are candidates; {@link org.cwg.reuse.Aligner}
 * aligns a candidate pair word by word, tolerant to small edits, and {@link
 * org.cwg.reuse.ReuseAssembler} names the passages' documents and sections and groups passages that
 * travel through several documents into clusters.
 *
 * <p>Depends on {@code model} and the JDK only: never on Lucene, the index, parsing, rendering or
 * the command line. The index calls it to store fingerprints; search calls it to align candidates;
 * outcome compares a contribution's Purpose with report sections by their {@link
 * org.cwg.reuse.Shingles}.
 */
package org.cwg.reuse;
