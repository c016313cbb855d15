package org.cwg.render;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Paths as text output shows them: relative to the current folder when under it, and in single
 * quotes (as {@code ls} does) when they hold a character the shell would act on, such as ITU's
 * {@code !!}, a space or a quote, so that pasting one into bash is safe.
 */
public final class ShellQuote {

  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}_./:@%+=,~-]+");

  private ShellQuote() {}

  /** The word as the shell reads it back unchanged. */
  public static String quote(String word) {
    if (!word.isEmpty() && SAFE.matcher(word).matches() && !word.startsWith("~")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** A path relative to the current folder when it is under it, quoted for the shell. */
  public static String path(String path) {
    return quote(relative(path));
  }

  /** A file's name alone, quoted for the shell. */
  public static String fileName(String path) {
    try {
      Path name = Path.of(path).getFileName();
      return quote(name == null ? path : name.toString());
    } catch (InvalidPathException e) {
      return quote(path);
    }
  }

  private static String relative(String path) {
    try {
      Path file = Path.of(path);
      Path here = Path.of("").toAbsolutePath();
      if (file.isAbsolute() && file.startsWith(here) && !file.equals(here)) {
        return here.relativize(file).toString();
      }
    } catch (InvalidPathException e) {
      // not a path of this file system (an archive member, say): shown as stored
    }
    return path;
  }
}
