package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the launcher script chooses per command, read back from the JVM itself: {@code
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
  void ingestRunsInABoundedHeapWithG1AndBothCompilers() throws Exception {
    String flags = flags("", "ingest", "--quiet", "corpus");
    assertTrue(flags.contains("-XX:MaxHeapSize=402653184"), flags);
    assertFalse(flags.contains("TieredStopAtLevel"), flags);
    assertTrue(flags.contains("-XX:Tier4InvocationThreshold=50000"), flags);
    assertTrue(flags.contains("-XX:Tier4BackEdgeThreshold=400000"), flags);
    assertTrue(flags.contains("-XX:MaxInlineLevel=6"), flags);
    assertTrue(flags.contains("-XX:InlineSmallCode=1000"), flags);
    assertTrue(flags.contains("-XX:+UseG1GC"), flags);
    assertTrue(flags.contains("-XX:-UsePerfData"), flags);
  }

  @Test
  void searchShowAndVersionUseTheQuickCompilerOnly() throws Exception {
    for (String[] args :
        List.of(
            new String[] {"search", "public core"},
            new String[] {"show", "CWG-Internet-20/4"},
            new String[] {"--version"},
            new String[] {"-v", "search", "x"})) {
      String flags = flags("", args);
      assertTrue(flags.contains("-XX:TieredStopAtLevel=1"), String.join(" ", args) + ": " + flags);
      assertFalse(flags.contains("MaxHeapSize=402653184"), flags);
      assertTrue(flags.contains("-XX:+UseSerialGC"), flags);
    }
  }

  @Test
  void otherCommandsKeepTheJvmDefaults() throws Exception {
    String flags = flags("", "validate", "draft.docx");
    assertFalse(flags.contains("TieredStopAtLevel"), flags);
    assertFalse(flags.contains("Tier4"), flags);
    assertFalse(flags.contains("Inline"), flags);
    assertFalse(flags.contains("MaxHeapSize=402653184"), flags);
    assertTrue(flags.contains("-XX:+UseSerialGC"), flags);
  }

  @Test
  void optionsGivenByTheUserWin() throws Exception {
    String flags = flags("-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=4", "ingest", "x");
    assertTrue(flags.contains("-XX:MaxHeapSize=1073741824"), flags);
    assertTrue(flags.contains("-XX:+UseParallelGC"), flags);
    assertFalse(flags.contains("UseSerialGC") || flags.contains("UseG1GC"), flags);
    assertEquals(1, flags.split("TieredStopAtLevel").length - 1, flags);
    assertFalse(flags.contains("Tier4"), flags);
    assertFalse(flags.contains("Inline"), flags);
  }

  @Test
  void anInliningOptionGivenByTheUserReplacesTheLaunchersJitOptions() throws Exception {
    String flags = flags("-XX:MaxInlineLevel=9", "ingest", "x");
    assertTrue(flags.contains("-XX:MaxInlineLevel=9"), flags);
    assertFalse(flags.contains("MaxInlineLevel=6") || flags.contains("InlineSmallCode"), flags);
    assertFalse(flags.contains("Tier4"), flags);
  }
}
