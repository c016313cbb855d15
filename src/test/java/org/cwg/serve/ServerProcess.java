package org.cwg.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cwg serve --port 0} in a child process, as a user starts it: the port is read from the
 * line the server prints on stderr when it is ready, and closing stops the process. A child rather
 * than a thread, so that the test sees the real start-up, assets from the classpath and exit.
 */
public final class ServerProcess implements AutoCloseable {

  private static final Pattern SERVING = Pattern.compile("serving (http://[^/\\s]+/)");

  private final Process process;
  private final URI base;
  private final List<String> stderr;

  private ServerProcess(Process process, URI base, List<String> stderr) {
    this.process = process;
    this.base = base;
    this.stderr = stderr;
  }

  /** Starts the server from this JVM's classpath, with a small heap, over {@code index}. */
  public static ServerProcess fromClasspath(Path index, Duration startTimeout) throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
            "-cp",
            System.getProperty("java.class.path"),
            "org.cwg.cli.Main",
            "serve",
            "--port",
            "0",
            "--index",
            index.toString());
    return start(command, startTimeout);
  }

  /**
   * Starts the server through the packaged launcher ({@code target/cwg}); {@code javaOptions}, when
   * not blank, goes to the launcher as {@code CWG_JAVA_OPTS}.
   */
  public static ServerProcess fromLauncher(
      String launcher, Path index, String javaOptions, Duration startTimeout) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(List.of(launcher, "serve", "--port", "0", "--index", index.toString()));
    if (!javaOptions.isBlank()) {
      builder.environment().put("CWG_JAVA_OPTS", javaOptions);
    }
    return start(builder, startTimeout);
  }

  private static ServerProcess start(List<String> command, Duration startTimeout)
      throws IOException {
    return start(new ProcessBuilder(command), startTimeout);
  }

  private static ServerProcess start(ProcessBuilder builder, Duration startTimeout)
      throws IOException {
    Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    List<String> lines = new ArrayList<>();
    CompletableFuture<URI> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                  synchronized (lines) {
                    lines.add(line);
                  }
                  Matcher matcher = SERVING.matcher(line);
                  if (matcher.find()) {
                    ready.complete(URI.create(matcher.group(1)));
                  }
                }
              } catch (IOException e) {
                // The process ended; what it printed so far is kept.
              }
              ready.completeExceptionally(new IOException("the server exited before serving"));
            },
            "cwg-serve-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      URI base = ready.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return new ServerProcess(process, base, lines);
    } catch (Exception e) {
      process.destroyForcibly();
      String printed;
      synchronized (lines) {
        printed = String.join("\n", lines);
      }
      throw new IOException(
          "cwg serve did not start within " + startTimeout + ": " + e + "\nstderr:\n" + printed, e);
    }
  }

  /** The server's root, e.g. {@code http://127.0.0.1:41234/}. */
  public URI base() {
    return base;
  }

  /** The server's pid, for reading its memory in /proc. */
  public long pid() {
    return process.pid();
  }

  /** Highest resident memory of the server so far in KiB (VmHWM), 0 where /proc is absent. */
  public long peakKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // No /proc here.
    }
    return 0;
  }

  /**
   * CPU time the server has used so far (user and system, from {@code /proc/PID/stat}, in clock
   * ticks of 10 ms), in milliseconds; -1 where /proc is absent. On a machine shared with other
   * work, CPU per request says what the server costs where wall-clock latency also counts the wait
   * for a core.
   */
  public long cpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** What the server printed on stderr so far. */
  public String stderr() {
    synchronized (stderr) {
      return String.join("\n", stderr);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
