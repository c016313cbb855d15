package org.cwg.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cwg.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** Rejects a {@code --format} the command cannot write, as a usage error. */
final class FormatCheck {

  private FormatCheck() {}

  /**
   * Makes a {@code --format} value that is no format at all name the formats of that command alone
   * (the ones its option's description lists), not every format cwg knows.
   */
  static void nameOnlyOwnFormats(CommandLine root) {
    for (CommandLine command : root.getSubcommands().values()) {
      OptionSpec option = command.getCommandSpec().findOption("--format");
      if (option == null) {
        continue;
      }
      List<String> own = listedFormats(String.join(" ", option.description()));
      String name = command.getCommandName();
      command.registerConverter(
          Format.class,
          value -> {
            try {
              return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new CommandLine.TypeConversionException(
                  "'"
                      + value
                      + "' is not a format of "
                      + name
                      + "; use one of: "
                      + String.join(", ", own));
            }
          });
    }
  }

  /** The format names a description lists, in its order. */
  static List<String> listedFormats(String description) {
    List<String> listed = new ArrayList<>();
    Matcher word = Pattern.compile("[a-z]+").matcher(description);
    while (word.find()) {
      for (Format format : Format.values()) {
        if (format.id().equals(word.group()) && !listed.contains(word.group())) {
          listed.add(word.group());
        }
      }
    }
    return listed;
  }

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
