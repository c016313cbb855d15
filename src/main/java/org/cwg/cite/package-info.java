/**
 * Finds resolution citations (in ITU's six languages) and references to other documents (in every
 * family's written forms) in a document's cleaned text, knows the titles and revisions of the
 * resolutions that matter to CWG-Internet and how far each body's numbers go, and surveys citations
 * across a set of documents (who cites what, the documents × resolutions matrix, the references
 * between documents, resolved against the corpus when it is read).
 *
 * <p>Depends on {@code model} only: no parsing, no index, no rendering, no command line. Callers
 * holding an index resolve references with {@code new DocumentDirectory(reader.documentNumbers())}.
 */
package org.cwg.cite;
