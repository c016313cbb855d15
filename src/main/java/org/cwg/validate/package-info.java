/**
 * Checks drafts before they are submitted: the cover fields and sections each family's template
 * requires for the document type (a table in {@code templates.txt}), their order, the document
 * number, its revision and meeting, well-formed resolution citations, references that do not
 * resolve, and what editors leave behind (tracked changes, comments, highlights, export artifacts).
 * Every rule has a stable id and a default severity that a rules file can change.
 *
 * <p>Works on the {@link org.cwg.model.DocumentRecord}s that {@code analyze} produces, plus the
 * parser's raw paragraphs and editing traces. Depends on {@code analyze}, {@code parse}, {@code
 * model}, on {@code structure}'s manifest, on {@code cite}'s catalogue of resolutions and, to
 * resolve references, on {@code index}'s reader; never on rendering or the command line.
 */
package org.cwg.validate;
