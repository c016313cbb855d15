package org.cwg.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cwg.cite.CitationMatrix;
import org.cwg.cite.CitationSurvey;
import org.cwg.cite.CitingDocuments;
import org.cwg.cite.ResolutionId;
import org.cwg.index.CorpusReader;
import org.cwg.query.CitationAnswers;
import org.cwg.render.CitationGraphDot;
import org.cwg.render.CitationMatrixTable;
import org.cwg.render.CitedResolutionTable;
import org.cwg.render.CitingDocumentsRenderer;
import org.cwg.render.CitingMentionTable;
import org.cwg.render.CsvRenderer;
import org.cwg.render.Format;
import org.cwg.render.JsonRenderer;
import org.cwg.render.Tabular;
import org.cwg.render.TextTableRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwg cites}: which resolutions the corpus cites, and who cites one. */
@Command(
    name = "cites",
    mixinStandardHelpOptions = true,
    description = {
      "Which resolutions the corpus cites, and which documents cite one.",
      "Without RESOLUTION: every resolution cited in the corpus, with its title, "
          + "citing documents, mentions and meetings.",
      "With RESOLUTION (1305, \"Council 1305\", \"PP 102\"): the documents citing it, "
          + "one context line per mention."
    })
final class CitesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "RESOLUTION",
      arity = "0..1",
      description = "A resolution: 1305, \"Council 1305\", \"PP 102\", \"WTSA 75\".")
  String resolution;

  @Option(
      names = "--meeting",
      paramLabel = "N|N-M",
      description = "Only documents of this meeting or range of meetings.")
  String meeting;

  @Option(names = "--matrix", description = "Documents x resolutions: mentions per cell.")
  boolean matrix;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text, json, csv or dot (the citation graph for Graphviz; "
              + "default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    FormatCheck.require(spec, format, Format.TEXT, Format.JSON, Format.CSV, Format.DOT);
    CitationSurvey survey;
    try (CorpusReader reader = CorpusReader.open(common.indexDir())) {
      survey = CitationAnswers.survey(reader.documents(), meeting);
    }
    Optional<ResolutionId> only = CitationAnswers.identify(survey, resolution);
    PrintWriter out = spec.commandLine().getOut();
    if (matrix || format == Format.DOT) {
      CitationMatrix cells = survey.matrix(only);
      switch (format) {
        case DOT -> CitationGraphDot.render(cells, out);
        case JSON -> JsonRenderer.render(cells, out);
        default -> table(new CitationMatrixTable(cells), out);
      }
    } else if (only.isPresent()) {
      CitingDocuments citing = survey.citing(only.get());
      switch (format) {
        case JSON -> JsonRenderer.render(citing, out);
        case CSV -> CsvRenderer.render(new CitingMentionTable(citing), out);
        default -> CitingDocumentsRenderer.render(citing, out);
      }
    } else {
      switch (format) {
        case JSON -> JsonRenderer.render(survey.resolutions(), out);
        default -> table(new CitedResolutionTable(survey.resolutions()), out);
      }
    }
    return ExitCodes.OK;
  }

  private void table(Tabular table, PrintWriter out) {
    if (format == Format.CSV) {
      CsvRenderer.render(table, out);
    } else {
      TextTableRenderer.render(table, out);
    }
  }
}
