/**
 * Everything cwg knows about Lucene: where the index lives, its field names, its analyzers, how a
 * {@link org.cwg.model.DocumentRecord} maps to Lucene documents and back, and the writer and reader
 * over the index folder.
 *
 * <p>Other packages never name a Lucene field or build a Lucene document themselves; they go
 * through {@link org.cwg.index.IndexFields} and {@link org.cwg.index.DocumentMapper}. Depends on
 * {@code model}, {@code reuse} (to fingerprint texts) and Jackson (for the stored record); never on
 * Tika, parsing or the command line.
 */
package org.cwg.index;
