package org.cwg.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexLocationTest {

  @Test
  void optionWinsOverEnvironmentWhichWinsOverDefault() {
    assertEquals(Path.of("x"), IndexLocation.resolve(Path.of("x"), Map.of("CWG_INDEX", "y")));
    assertEquals(Path.of("y"), IndexLocation.resolve(null, Map.of("CWG_INDEX", "y")));
    assertEquals(Path.of(".cwg"), IndexLocation.resolve(null, Map.of()));
    assertEquals(Path.of(".cwg"), IndexLocation.resolve(null, Map.of("CWG_INDEX", " ")));
  }
}
