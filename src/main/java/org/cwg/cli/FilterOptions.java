package org.cwg.cli;

import org.cwg.search.SearchFilters;
import picocli.CommandLine.Option;

/** The filters that search, kwic and trend share. */
final class FilterOptions {

  @Option(
      names = "--meeting",
      paramLabel = "N[-M]",
      description = "Only meeting N, or meetings N to M (18-22).")
  String meeting;

  @Option(
      names = "--section",
      paramLabel = "KIND",
      description =
          "Only matches in this kind of section: purpose, action-required, references,"
              + " summary, abstract, introduction, scope, definitions, abbreviations, rationale,"
              + " proposal, topic, outcome, discussion, actions, conclusion, annex, appendix,"
              + " attachment, other.")
  String section;

  @Option(
      names = "--cites",
      paramLabel = "RESOLUTION",
      description = "Only documents citing it: 1305, \"Council 1305\", \"PP 102\", \"Res 102\".")
  String cites;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Only documents from this Member State or entity (any case).")
  String source;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only documents of this type: contribution, report, ...")
  String type;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only documents dated on or after DATE (2024-10-04, 2024-10 or 2024).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only documents dated on or before DATE (2024-10-04, 2024-10 or 2024).")
  String to;

  @Option(
      names = "--number",
      paramLabel = "NUMBER",
      description = "Only the document with this number (any spelling: CWG-Internet-20/4, C24/12).")
  String number;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Only documents in this language: en, fr, es, ru, ar, zh (or E, F, S, R, A, C).")
  String language;

  /** The same meaning as the query fields meeting:, section:, cites:, ... (see FilterQueries). */
  SearchFilters toFilters() {
    return SearchFilters.written(meeting, section, cites, source, type, from, to, number, language);
  }
}
