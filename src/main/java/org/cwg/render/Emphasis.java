package org.cwg.render;

import org.cwg.search.Snippet;

/**
 * How matches stand out in text output: bold on a terminal, {@code [[...]]} markers elsewhere
 * (pipes, files, CI logs), where escape codes would be noise.
 *
 * @param open written before a match
 * @param close written after it
 */
public record Emphasis(String open, String close) {

  public static final Emphasis MARKERS = new Emphasis(Snippet.OPEN, Snippet.CLOSE);

  public static final Emphasis BOLD = new Emphasis("\033[1m", "\033[0m");

  public static Emphasis forTerminal(boolean terminal) {
    return terminal ? BOLD : MARKERS;
  }

  public String apply(String match) {
    return open + match + close;
  }
}
