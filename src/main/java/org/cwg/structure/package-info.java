/**
 * Works out what a document is (number, group, meeting, dates, sources, title, type, language, each
 * with its provenance) and how it is divided (sections, proposal items, footnotes), from the
 * paragraphs the parser produced.
 *
 * <p>Depends on {@code parse} (its records only, never on Tika) and {@code model}. Must not depend
 * on citations, the index, rendering or the command line.
 */
package org.cwg.structure;
