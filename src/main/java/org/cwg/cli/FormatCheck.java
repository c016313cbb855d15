package org.cwg.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cwg.render.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Rejects a {@code --format} the command cannot write, as a usage error. */
final class FormatCheck {

  private FormatCheck() {}

  static void require(CommandSpec spec, Format format, Format... supported) {
    if (!Arrays.asList(supported).contains(format)) {
      throw new ParameterException(
          spec.commandLine(),
          "--format "
              + format
              + " is not available here; use one of: "
              + Arrays.stream(supported).map(Format::id).collect(Collectors.joining(", ")));
    }
  }
}
