package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HelpAndCompletionTest {

  @TempDir Path temp;

  @Test
  void helpNamesACommandsUsage() {
    CliRun run = CliRun.of("help", "search");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Usage: cwg search "), run.out());
    CliRun all = CliRun.of("help");
    assertEquals(0, all.exitCode());
    assertTrue(all.out().contains("completion"), all.out());
  }

  @Test
  void completionPrintsAScriptBashCanSource() throws Exception {
    for (String shell : new String[] {"bash", "zsh"}) {
      CliRun run = CliRun.of("completion", shell);
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("complete -F _complete_cwg -o default cwg"), run.out());
    }
    Path script = temp.resolve("cwg-completion");
    Files.writeString(script, CliRun.of("completion", "bash").out(), StandardCharsets.UTF_8);
    Process bash =
        new ProcessBuilder(
                "bash", "-c", "source \"$1\" && complete -p cwg", "bash", script.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, bash.waitFor(), said);
    assertTrue(said.contains("_complete_cwg"), said);
    assertEquals(2, CliRun.of("completion", "fish").exitCode());
  }

  @Test
  void aWrongFormatNamesOnlyTheCommandsOwnFormats() {
    CliRun run = CliRun.of("search", "x", "--format", "xml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("use one of: text, json, jsonl, csv\n"), run.err());
    assertFalse(run.err().contains("sarif") || run.err().contains("markdown"), run.err());
    CliRun show = CliRun.of("show", "x", "--format", "xml");
    assertTrue(show.err().contains("use one of: text, json, markdown\n"), show.err());
    CliRun outcome = CliRun.of("outcome", "CWG-Internet-20/4", "--format", "xml");
    assertEquals(2, outcome.exitCode());
    assertTrue(
        outcome
            .err()
            .startsWith(
                "cwg: Invalid value for option '--format': 'xml' is not a format of outcome;"
                    + " use one of: text, json, markdown, csv\n"),
        outcome.err());
    for (String command : List.of("reuse", "similar")) {
      List<String> args = new java.util.ArrayList<>(List.of(command, "--format", "xml"));
      if (command.equals("similar")) {
        args.add(1, "CWG-Internet-20/4");
      }
      CliRun wrong = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, wrong.exitCode(), wrong.err());
      assertTrue(
          wrong
              .err()
              .startsWith(
                  "cwg: Invalid value for option '--format': 'xml' is not a format of "
                      + command
                      + "; use one of: text, json, csv\n"),
          wrong.err());
    }
  }

  @Test
  void helpAndCompletionNameTheMeetingCommandsOnOneLineEach() {
    String help = CliRun.of("help").out();
    String script = CliRun.of("completion", "bash").out();
    for (String command : List.of("outcome", "meeting", "reuse", "similar")) {
      List<String> entry =
          help.lines().dropWhile(line -> !line.startsWith("  " + command + " ")).limit(2).toList();
      assertFalse(entry.isEmpty(), help);
      assertFalse(entry.get(1).startsWith("      "), "a summary of one line: " + entry);
      assertTrue(script.contains("_picocli_cwg_" + command + "()"), command + " is completed");
    }
    assertTrue(script.contains("--group"), "meeting's option is completed");
  }

  @Test
  void everyDescriptionParagraphIsWholeSentences() {
    CommandLine root =
        Main.newCommandLine(
            new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
    java.util.List<String> cut = new java.util.ArrayList<>();
    for (CommandLine command : root.getSubcommands().values()) {
      for (String paragraph : command.getCommandSpec().usageMessage().description()) {
        if (!paragraph.replace("%n", "").strip().matches("(?s).*[.:)]$")) {
          cut.add(command.getCommandName() + ": " + paragraph);
        }
      }
    }
    assertTrue(cut.isEmpty(), "descriptions cut mid-sentence:\n" + String.join("\n", cut));
  }
}
