package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the launcher script passes, read back from the JVM itself: {@code
 * -XX:+PrintCommandLineFlags} prints them as the JVM starts, before it looks for cwg's classes, so
 * the script runs here beside a jar that holds nothing but a manifest.
 */
class LauncherTest {

  private static final Path SCRIPT = Path.of("src/main/sh/cwg");

  @TempDir Path tmp;

  /** The flags the JVM started with, for the launcher given these arguments and options. */
  private String flags(String javaOptions, String... args) throws Exception {
    Path launcher = Files.copy(SCRIPT, tmp.resolve("cwg"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    try (JarOutputStream jar =
        new JarOutputStream(Files.newOutputStream(tmp.resolve("cwg.jar")), manifest)) {
      jar.flush();
    }
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("CWG_JAVA_OPTS", "-XX:+PrintCommandLineFlags " + javaOptions);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    Files.delete(launcher);
    Files.delete(tmp.resolve("cwg.jar"));
    return out.lines().filter(line -> line.startsWith("-XX:")).findFirst().orElse("");
  }

  @Test
  void ingestSizesItsHeapFromTheMachine() throws Exception {
    String flags = flags("", "ingest", "--quiet", "corpus");
    assertTrue(flags.contains(maxHeapOf("-XX:+UseG1GC")), flags + " against a plain JVM's");
  }

  @Test
  void optionsGivenByTheUserWin() throws Exception {
    for (String command : List.of("ingest", "search", "validate")) {
      String flags = flags("-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=4", command, "x");
      assertTrue(flags.contains("-XX:MaxHeapSize=1073741824"), flags);
      assertTrue(flags.contains("-XX:+UseParallelGC"), flags);
      assertFalse(flags.contains("UseSerialGC") || flags.contains("UseG1GC"), flags);
      assertEquals(1, flags.split("TieredStopAtLevel").length - 1, flags);
    }
  }

  @Test
  void theServerKeepsTheOptimizingCompilerAndShortCommandsDoNot() throws Exception {
    String serve = flags("", "serve", "--port", "0");
    assertTrue(serve.contains("-XX:+UseSerialGC"), "the JVM did not start: " + serve);
    assertFalse(serve.contains("TieredStopAtLevel"), serve);
    assertTrue(flags("", "search", "x").contains("-XX:TieredStopAtLevel=1"));
  }

  @Test
  void theAotCacheGoesOnlyToAJdkThatReadsIt() throws Exception {
    Files.write(tmp.resolve("cwg-ingest.aot"), new byte[0]);
    String flags = flags("", "ingest", "x");
    assertTrue(flags.contains("-XX:+UseG1GC"), "the JVM did not start: " + flags);
    assertEquals(Runtime.version().feature() >= 25, flags.contains("-XX:AOTCache="), flags);
  }

  /** The MaxHeapSize flag a JVM started with only these options chooses on this machine. */
  private static String maxHeapOf(String... options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.addAll(List.of("-XX:+PrintCommandLineFlags", "-version"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return Arrays.stream(out.split("\\s+"))
        .filter(flag -> flag.startsWith("-XX:MaxHeapSize="))
        .findFirst()
        .orElseThrow();
  }
}
