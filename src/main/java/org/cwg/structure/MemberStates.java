package org.cwg.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds ITU Member States named in running text, as ITU names them. */
final class MemberStates {

  /**
   * The names by their first character, each as one pattern of its names longest first. A name can
   * only start where its first character is, so trying the few names of that character there finds
   * what one pattern of all names, tried at every character, would find.
   */
  private static final Map<Character, Pattern> NAMES_BY_FIRST_CHARACTER = load();

  private static final char LOWEST_FIRST_CHARACTER =
      Collections.min(NAMES_BY_FIRST_CHARACTER.keySet());
  private static final char HIGHEST_FIRST_CHARACTER =
      Collections.max(NAMES_BY_FIRST_CHARACTER.keySet());

  private MemberStates() {}

  /** The Member States named in the text, in order of first mention, without repeats. */
  static List<String> in(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (int[] span : spans(text)) {
      found.add(text.substring(span[0], span[1]));
    }
    return new ArrayList<>(found);
  }

  /** Where Member State names are in the text: {start, end} pairs, in order, not overlapping. */
  static List<int[]> spans(String text) {
    List<int[]> found = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      Pattern names =
          c < LOWEST_FIRST_CHARACTER || c > HIGHEST_FIRST_CHARACTER
              ? null
              : NAMES_BY_FIRST_CHARACTER.get(c);
      if (names != null) {
        Matcher m = names.matcher(text).region(at, text.length()).useTransparentBounds(true);
        if (m.lookingAt()) {
          found.add(new int[] {m.start(), m.end()});
          at = m.end();
          continue;
        }
      }
      at++;
    }
    return found;
  }

  private static Map<Character, Pattern> load() {
    List<String> names = new ArrayList<>();
    try (InputStream in = MemberStates.class.getResourceAsStream("member-states.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    Map<Character, StringBuilder> alternatives = new HashMap<>();
    for (String name : names) {
      StringBuilder same = alternatives.computeIfAbsent(name.charAt(0), c -> new StringBuilder());
      same.append(same.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    Map<Character, Pattern> patterns = new HashMap<>();
    alternatives.forEach(
        (first, same) ->
            patterns.put(
                first, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + same + ")(?![\\p{L}\\p{N}])")));
    return patterns;
  }
}
