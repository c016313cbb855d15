/**
 * Runs the whole analysis of one file: hash it, parse it, extract its structure and citations, and
 * return a {@link org.cwg.model.DocumentRecord}.
 *
 * <p>Loads Tika, so only commands that read files (ingest, validate, show of a file that is not
 * indexed) may create a {@link org.cwg.analyze.DocumentAnalyzer}. Must not depend on the index,
 * rendering or the command line.
 */
package org.cwg.analyze;
