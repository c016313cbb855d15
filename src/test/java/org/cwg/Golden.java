package org.cwg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs kept under {@code src/test/resources}, compared byte for byte.
 * After a deliberate change of output, {@code -Dcwg.golden.update=true} rewrites every golden file
 * a test run reaches from what it produced; review the diff before committing it.
 */
public final class Golden {

  /** The one switch that rewrites golden files instead of only comparing them. */
  public static final String UPDATE = "cwg.golden.update";

  /** Read from the sources rather than the class path, so that a rewrite is read back at once. */
  private static final Path RESOURCES = Path.of("src/test/resources");

  private Golden() {}

  /**
   * Asserts that {@code actual} is the golden file {@code resource} (a path under {@code
   * src/test/resources}), first rewriting the file when {@value #UPDATE} is true.
   */
  public static void assertMatches(String resource, String actual) throws IOException {
    Path file = RESOURCES.resolve(resource);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.isRegularFile(file),
        "no golden file " + file + " (make it with -D" + UPDATE + "=true)");
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8),
        actual,
        "differs from "
            + file
            + " (after a deliberate change, rerun with -D"
            + UPDATE
            + "=true and review the diff)");
  }
}
