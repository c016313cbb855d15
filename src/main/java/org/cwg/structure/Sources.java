package org.cwg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits "Russian Federation, Belarus, Tajikistan and Uzbekistan" into its Member States. */
final class Sources {

  private static final Pattern AND = Pattern.compile("\\s+(?:and|et|y)\\s+");

  private Sources() {}

  static List<String> split(String written) {
    List<String> sources = new ArrayList<>();
    for (String part : splitOutsideParentheses(written)) {
      String item = TextCleaner.strip(part.replaceFirst("^(?:and|et|y)\\s+", ""));
      if (item.isEmpty()) {
        continue;
      }
      List<String> named = MemberStates.in(item);
      if (!named.isEmpty() && onlyNames(item, named)) {
        sources.addAll(named);
      } else if (AND.matcher(item).find()) {
        for (String piece : AND.split(item)) {
          if (!piece.isBlank()) {
            sources.add(TextCleaner.strip(piece));
          }
        }
      } else {
        sources.add(item);
      }
    }
    return sources;
  }

  /** Whether the text is nothing but these names joined by "and". */
  private static boolean onlyNames(String text, List<String> names) {
    String rest = text;
    for (String name : names) {
      rest = rest.replace(name, " ");
    }
    return AND.matcher(" " + rest + " ").replaceAll(" ").replaceAll("(?i)\\bthe\\b", " ")
        .isBlank();
  }

  private static List<String> splitOutsideParentheses(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if ((c == ',' || c == ';') && depth == 0) {
        parts.add(text.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(text.substring(from));
    return parts;
  }
}
