/**
 * Finds resolution citations and references to other documents in a document's cleaned text,
 * and knows the titles of the resolutions that matter to CWG-Internet.
 *
 * <p>Depends on {@code model} and {@code structure} (document number normalisation) only: no
 * parsing, no index, no rendering.
 */
package org.cwg.cite;
