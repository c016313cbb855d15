package org.cwg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Colour and pager follow the terminal, NO_COLOR, --color and $PAGER. Sets a system property. */
@Isolated
class TerminalChoicesTest {

  @TempDir Path temp;

  @Test
  void noColorTurnsColourOffEvenOnATerminal() {
    String before = System.getProperty(Terminal.STDOUT_TTY_PROPERTY);
    System.setProperty(Terminal.STDOUT_TTY_PROPERTY, "true");
    try {
      assertTrue(Terminal.colour(Terminal.ColorMode.AUTO, Map.of()));
      assertFalse(Terminal.colour(Terminal.ColorMode.AUTO, Map.of("NO_COLOR", "1")));
      // no-color.org: an empty NO_COLOR does not count.
      assertTrue(Terminal.colour(Terminal.ColorMode.AUTO, Map.of("NO_COLOR", "")));
      assertFalse(Terminal.colour(Terminal.ColorMode.NEVER, Map.of()));
      assertEquals(80, Terminal.columns(Map.of()));
      System.setProperty(Terminal.COLUMNS_PROPERTY, "100");
      assertEquals(100, Terminal.columns(Map.of()));
      assertEquals(90, Terminal.columns(Map.of("COLUMNS", "90")));
    } finally {
      System.clearProperty(Terminal.COLUMNS_PROPERTY);
      if (before == null) {
        System.clearProperty(Terminal.STDOUT_TTY_PROPERTY);
      } else {
        System.setProperty(Terminal.STDOUT_TTY_PROPERTY, before);
      }
    }
  }

  @Test
  void aPipeIsNotColouredUnlessAsked() {
    assertFalse(Terminal.colour(Terminal.ColorMode.AUTO, Map.of()));
    assertTrue(Terminal.colour(Terminal.ColorMode.ALWAYS, Map.of("NO_COLOR", "1")));
  }

  @Test
  void colorOptionChoosesBoldOrMarkers() throws Exception {
    String index = SeedIndex.build(temp).toString();
    CliRun always = CliRun.of("kwic", "internet", "--index", index, "--color=always");
    assertTrue(always.out().contains("\033[1mInternet\033[0m"), always.out());
    CliRun never = CliRun.of("search", "internet", "--index", index, "--color", "never");
    assertFalse(never.out().contains("\033["), never.out());
    assertTrue(never.out().contains("[[Internet]]"), never.out());
    assertEquals(2, CliRun.of("list", "--index", index, "--color=sometimes").exitCode());
  }

  @Test
  void thePagerIsOffOnAPipeAndWhenSetEmptyOrCat() {
    assertNull(Pager.startFor(new String[] {"list"}, Map.of()));
    assertEquals("less", Pager.pagerCommand(Map.of()));
    assertEquals("most -s", Pager.pagerCommand(Map.of("PAGER", "most -s")));
    assertNull(Pager.pagerCommand(Map.of("PAGER", "cat")));
    assertNull(Pager.pagerCommand(Map.of("PAGER", "")));
    assertNull(Pager.pagerCommand(Map.of("PAGER", "less", "CWG_PAGER", "")));
    assertEquals("search", Pager.of(new String[] {"--verbose", "search", "x"}));
  }
}
