/**
 * Brings a folder of documents into the index: walks it, skips what has not changed, analyses the
 * rest in parallel within per-file limits, removes what is gone, and commits so that a crash leaves
 * the index at its last commit.
 *
 * <p>Depends on {@code analyze} and {@code index}, and on the parser limits and manifest they take;
 * never on search, validation, rendering or the command line. Reports progress through {@link
 * org.cwg.ingest.IngestListener}; never writes to the console itself.
 */
package org.cwg.ingest;
