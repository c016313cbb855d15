package org.cwg.serve;

/**
 * The one way pages are written: a builder that escapes every text and attribute value it is given,
 * so that nothing read from the index or the request reaches the page unescaped. Tag and attribute
 * names are the code's own constants.
 */
public final class Html {

  private final StringBuilder out = new StringBuilder(4096);

  /** Text made safe for an element's content or a quoted attribute value. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (replacement == null && Character.isISOControl(c) && c != '\n' && c != '\t') {
        replacement = "";
      }
      if (replacement != null) {
        if (escaped == null) {
          escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        escaped.append(replacement);
      } else if (escaped != null) {
        escaped.append(c);
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  /** Opens {@code tag} with attributes given as name, value pairs; a null value is left out. */
  public Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** An element without content, such as {@code <input>} or an SVG {@code <rect/>}. */
  public Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append(tag.equals("input") || tag.equals("meta") || tag.equals("link") ? ">" : "/>");
    return this;
  }

  public Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Escaped text. */
  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** A number, which needs no escaping. */
  public Html text(long number) {
    out.append(number);
    return this;
  }

  /** An element holding only escaped text. */
  public Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Another builder's output, already escaped. */
  public Html append(Html other) {
    out.append(other.out);
    return this;
  }

  /** The doctype, the one piece of markup that is neither element nor text. */
  public Html doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /** A line break in the source, to keep the page readable. */
  public Html newline() {
    out.append('\n');
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come as name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
        out.append('"');
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
