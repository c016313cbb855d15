/**
 * Reads a file with Apache Tika and returns its text as a sequence of {@link org.cwg.parse.Block}s
 * (paragraphs with their Word style, heading level, list number and boldness) plus the document
 * properties.
 *
 * <p>This is the only package that touches Tika or POI's text extraction. Loading Tika costs
 * hundreds of milliseconds, so nothing that only reads the index may reach this package. It knows
 * nothing of ITU documents: sections and citations are decided downstream, in {@code structure} and
 * {@code cite}.
 */
package org.cwg.parse;
