/**
 * Turns result records into text, JSON, JSON Lines, CSV, Markdown and the other output formats.
 *
 * <p>One renderer per format: JSON always comes from the shared {@link org.cwg.json.Json} mapper,
 * CSV from {@link org.cwg.render.CsvRenderer}, aligned text tables from {@link
 * org.cwg.render.TextTableRenderer}; rich text views (a document's outline, a concordance) have
 * renderers of their own. Renderers write to the {@link java.io.PrintWriter} they are given, never
 * to the process streams. This package depends on {@code model}, {@code json}, the result records
 * of the other packages and the validation settings it reports (which rules run, at what severity):
 * it never parses, indexes or searches.
 */
package org.cwg.render;
