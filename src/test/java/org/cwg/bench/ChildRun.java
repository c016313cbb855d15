package org.cwg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One child process, timed from fork to exit, with the peak resident memory the kernel reports for
 * it ({@code VmHWM} in {@code /proc/PID/status}, polled while it runs; the launcher script {@code
 * exec}s the JVM, so the pid is the JVM's).
 *
 * @param exitCode the child's exit code
 * @param millis wall-clock time from start to exit
 * @param peakKib highest VmHWM seen, in KiB; 0 where /proc is not available
 * @param stdout what the child printed on stdout
 * @param stderr what the child printed on stderr
 */
record ChildRun(
    int exitCode, long millis, long peakKib, long cpuMillis, String stdout, String stderr) {

  static ChildRun run(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("cwg-bench", ".out");
    Path err = Files.createTempFile("cwg-bench", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(environment);
      long start = System.nanoTime();
      Process process = builder.start();
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
      long peak = 0;
      long cpu = 0;
      while (!process.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, highWaterMark(status));
        cpu = Math.max(cpu, cpuMillis(stat));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new ChildRun(
          process.exitValue(),
          millis,
          peak,
          cpu,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  ChildRun requireSuccess(String what) {
    if (exitCode != 0) {
      throw new IllegalStateException(what + " exited with " + exitCode + ": " + stderr);
    }
    return this;
  }

  /**
   * User and system CPU time so far, from {@code /proc/PID/stat} (in clock ticks, taken as the
   * usual 100 a second): on a shared machine, what a run cost apart from the wait for a core.
   */
  private static long cpuMillis(Path stat) {
    try {
      String line = Files.readString(stat);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process is exiting; the last reading stands.
    }
    return 0;
  }
}
