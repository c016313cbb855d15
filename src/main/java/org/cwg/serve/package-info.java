/**
 * {@code cwg serve}: the corpus in a browser and a JSON API, on the JDK's own HTTP server.
 *
 * <p>The API under {@code /api/} answers with the very records and {@link
 * org.cwg.render.JsonRenderer} the commands use, built by the same calls ({@code query}, {@code
 * search}, {@code cite}, {@code outcome}), so that {@code /api/X?...} and {@code cwg X --format
 * json ...} print the same bytes. The pages are rendered on the server through one escaping builder
 * ({@link org.cwg.serve.Html}); charts are SVG drawn here. The index is read live: a reader is kept
 * until a new commit appears, then replaced. Nothing is served but what the index holds and the
 * assets packed with the application.
 *
 * <p>Must not depend on {@code cli} or picocli, nor on Tika or parsing: a document that is not in
 * the index is not found, never read from disk. Writes nothing to the console; the command prints
 * the address.
 */
package org.cwg.serve;
