package org.cwg.index;

import java.nio.file.Path;
import java.util.Map;

/** Where the index lives: {@code --index DIR}, else {@code $CWG_INDEX}, else {@code ./.cwg}. */
public final class IndexLocation {

  /** The environment variable that names the index folder. */
  public static final String ENV = "CWG_INDEX";

  private IndexLocation() {}

  public static Path resolve(Path option, Map<String, String> environment) {
    if (option != null) {
      return option;
    }
    String fromEnv = environment.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return Path.of(".cwg");
  }
}
