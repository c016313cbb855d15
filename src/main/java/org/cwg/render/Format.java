package org.cwg.render;

import java.util.Locale;

/** Every output format cwg can write; each command accepts the subset that fits its result. */
public enum Format {
  TEXT,
  JSON,
  JSONL,
  CSV,
  MARKDOWN,
  DOT,
  JUNIT,
  SARIF,
  /** Apache Solr's JSON update format (cwg export). */
  SOLR,
  /** OpenSearch's bulk format, NDJSON with action lines (cwg export). */
  OPENSEARCH;

  /** The name users type after {@code --format}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
