/**
 * What each index-reading command answers, built once for the command line and the web server:
 * finding the document a user names, its view with resolved references, the citation survey of a
 * range of meetings, the trend of a query or a resolution. The {@code cli} commands and the {@code
 * serve} API both call these, then hand the result to the same renderers, so that {@code cwg X
 * --format json} and {@code /api/X} print the same bytes.
 *
 * <p>Reads the index through {@link org.cwg.index.CorpusReader} and depends on the core packages
 * (index, search, cite, outcome, render's result records); never on picocli, the command line, the
 * server, Tika or parsing.
 */
package org.cwg.query;
