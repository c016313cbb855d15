package org.cwg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real command line in a child JVM with a small heap, as a user's shell would. */
final class ChildCli {

  /** What a finished child printed and returned. */
  record Result(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private final Path workDir;

  ChildCli(Path workDir) {
    this.workDir = workDir;
  }

  /** Starts {@code cwg args...} with -Xmx256m; output goes to files under the work folder. */
  Process start(String name, String... args) throws IOException {
    return start(name, List.of(), args);
  }

  /** As {@link #start(String, String...)}, through {@code launcher} (a program and its args). */
  Process start(String name, List<String> launcher, String... args) throws IOException {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            "org.cwg.cli.Main"));
    command.addAll(List.of(args));
    Files.createDirectories(workDir);
    return new ProcessBuilder(command)
        .redirectOutput(outFile(name).toFile())
        .redirectError(errFile(name).toFile())
        .start();
  }

  /** Runs to the end, or fails the test after {@code timeoutSeconds}. */
  Result run(String name, long timeoutSeconds, String... args) throws Exception {
    Process process = start(name, args);
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          "cwg " + String.join(" ", args) + " still running after " + timeoutSeconds + " s");
    }
    return result(name, process.exitValue());
  }

  Result result(String name, int exitCode) throws IOException {
    return new Result(
        exitCode,
        Files.readString(outFile(name), StandardCharsets.UTF_8),
        Files.readString(errFile(name), StandardCharsets.UTF_8));
  }

  private Path outFile(String name) {
    return workDir.resolve(name + ".out");
  }

  private Path errFile(String name) {
    return workDir.resolve(name + ".err");
  }
}
