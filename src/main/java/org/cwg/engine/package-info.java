/**
 * The corpus as documents for other search engines: Apache Solr's JSON update format and
 * OpenSearch's bulk format, with the same units, fields and ids as cwg's own index, so that an
 * organisation can share one corpus on a cluster and get the answers cwg gives on one machine.
 *
 * <p>The field names are those of {@link org.cwg.index.IndexFields}; the analysis behind them is
 * the configset's (src/main/solr/cwg) and the index template's (src/main/opensearch). Depends on
 * {@code model}, {@code json} and {@code index} (its field names and a document's front matter);
 * never on Lucene itself, Tika, search or the command line.
 */
package org.cwg.engine;
