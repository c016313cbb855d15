/**
 * The data cwg produces about a document: metadata with provenance, sections, proposals, resolution
 * citations and document references.
 *
 * <p>Plain immutable records only. This package depends on nothing but the JDK and Jackson
 * annotations, so that every other package (parsing, indexing, rendering) can share it.
 */
package org.cwg.model;
