package org.cwg.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds ITU Member States named in running text, as ITU names them. */
final class MemberStates {

  private static final Pattern NAMES = load();

  private MemberStates() {}

  /** The Member States named in the text, in order of first mention, without repeats. */
  static List<String> in(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = NAMES.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return new ArrayList<>(found);
  }

  private static Pattern load() {
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
    StringBuilder alternatives = new StringBuilder();
    for (String name : names) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }
}
