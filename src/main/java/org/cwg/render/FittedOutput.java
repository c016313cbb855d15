package org.cwg.render;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text output for a terminal of a known width. Renderers that lay out columns ask for the width
 * ({@link #widthOf}); any line still wider is folded at a space, its continuation indented under
 * the line's own indent, so that nothing wraps in the middle of a word on an 80-column terminal.
 */
public final class FittedOutput extends PrintWriter {

  private final int width;

  public FittedOutput(PrintWriter target, int width) {
    super(new LineFolder(target, width), true);
    this.width = width;
  }

  public int width() {
    return width;
  }

  /** The width the text written to {@code out} must fit, or no limit for a plain writer. */
  public static int widthOf(PrintWriter out) {
    return out instanceof FittedOutput fitted ? fitted.width : Integer.MAX_VALUE;
  }

  /** Gathers each line, and hands it on folded to the width. */
  private static final class LineFolder extends Writer {

    private final PrintWriter target;
    private final int width;
    private final StringBuilder line = new StringBuilder();

    LineFolder(PrintWriter target, int width) {
      this.target = target;
      this.width = Math.max(20, width);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        char c = chars[i];
        if (c == '\n') {
          emit(line.toString());
          target.write('\n');
          line.setLength(0);
        } else if (c != '\r') {
          line.append(c);
        }
      }
    }

    private void emit(String text) {
      String rest = text;
      String indent = rest.substring(0, rest.length() - rest.stripLeading().length());
      String hanging = indent + "  ";
      if (hanging.length() > width / 2) {
        hanging = "  ";
      }
      boolean first = true;
      while (TextWidth.of(rest) > width) {
        int cut = breakAt(rest, first ? 0 : hanging.length());
        target.write(rest.substring(0, cut).stripTrailing());
        target.write('\n');
        rest = hanging + rest.substring(cut).stripLeading();
        first = false;
      }
      target.write(rest);
    }

    /** Where to end a line: the last space that keeps it within the width, else the width. */
    private int breakAt(String text, int indent) {
      int columns = 0;
      int lastSpace = -1;
      int i = 0;
      while (i < text.length()) {
        if (text.charAt(i) == '\033') {
          int end = text.indexOf('m', i);
          i = end < 0 ? text.length() : end + 1;
          continue;
        }
        if (text.charAt(i) == ' ' && i > indent) {
          lastSpace = i;
        }
        int codePoint = text.codePointAt(i);
        if (columns + TextWidth.columns(codePoint) > width) {
          break;
        }
        columns += TextWidth.columns(codePoint);
        i += Character.charCount(codePoint);
      }
      return lastSpace > indent ? lastSpace : i;
    }

    @Override
    public void flush() {
      if (line.length() > 0) {
        emit(line.toString());
        line.setLength(0);
      }
      target.flush();
    }

    @Override
    public void close() {
      if (line.length() > 0) {
        emit(line.toString());
        line.setLength(0);
      }
      target.flush();
    }
  }
}
