package org.cwg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cwg generate}: ITU-like Word documents, for the samples folder and for benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write ITU-like .docx documents: the samples folder, or a synthetic corpus.",
    subcommands = {GenerateSamplesCommand.class, GenerateCorpusCommand.class})
final class GenerateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new ParameterException(spec.commandLine(), "a subcommand is needed: samples or corpus");
  }
}
