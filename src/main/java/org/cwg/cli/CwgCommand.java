package org.cwg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code cwg} command: only a table of subcommands. */
@Command(
    name = "cwg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Corpus analyzer for ITU contribution documents and meeting reports.",
    subcommands = {
      IngestCommand.class,
      ListCommand.class,
      ShowCommand.class,
      SectionsCommand.class,
      SearchCommand.class,
      KwicCommand.class,
      TrendCommand.class,
      CitesCommand.class,
      RefsCommand.class,
      OutcomeCommand.class,
      MeetingCommand.class,
      ReuseCommand.class,
      SimilarCommand.class,
      StatsCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class,
      CompletionCommand.class,
    },
    footerHeading = "%n",
    footer = "Run 'cwg help COMMAND' or 'cwg COMMAND --help' for a command's options.")
final class CwgCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is needed");
  }
}
