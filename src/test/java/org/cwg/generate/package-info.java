/**
 * Writes ITU-like Word documents: the {@code samples/} folder made from the seed texts ({@code mvn
 * -Psamples process-test-classes}), and synthetic corpora of contributions and meeting reports with
 * a ground-truth manifest, for the benchmark and for tests that check ingest and search against
 * known answers. Test code: it never ships in cwg.
 *
 * <p>Uses POI's XWPF to write files and {@code analyze} (never Tika) to learn the structure of the
 * seeds; reads and writes JSON only through {@link org.cwg.json.Json}, the project's one Jackson
 * mapper. Must not depend on the index, the renderers or the command line.
 */
package org.cwg.generate;
