/**
 * Writes ITU-like Word documents: the {@code samples/} folder made from the seed texts, and
 * synthetic corpora of contributions and meeting reports with a ground-truth manifest, for the
 * benchmark and for tests that check ingest and search against known answers.
 *
 * <p>Uses POI's XWPF to write files and {@code analyze} (never Tika) to learn the structure of the
 * seeds; reads and writes JSON only through {@link org.cwg.render.Json}, the project's one Jackson
 * mapper. Must not depend on the index, the renderers or the command line.
 */
package org.cwg.generate;
