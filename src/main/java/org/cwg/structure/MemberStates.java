package org.cwg.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  /** An official long form by the list's name it stands for: "Swiss Confederation". */
  private static final Map<String, String> LONG_FORMS = new HashMap<>();

  /** The language of the list a name is first given in: "French" for "Algérie". */
  private static final Map<String, String> LANGUAGES = new HashMap<>();

  private static final List<String> NAMES = names();
  private static final Map<Character, Pattern> NAMES_BY_FIRST_CHARACTER = load();

  /** The Russian names, as the list gives them: in the nominative. */
  private static final List<String> CYRILLIC_NAMES =
      NAMES.stream().filter(name -> CYRILLIC.matcher(name).find()).toList();

  private static final char LOWEST_FIRST_CHARACTER =
      Collections.min(NAMES_BY_FIRST_CHARACTER.keySet());
  private static final char HIGHEST_FIRST_CHARACTER =
      Collections.max(NAMES_BY_FIRST_CHARACTER.keySet());

  /** The forms of state that Russian names put before a state's name, in the nominative. */
  private static final List<String> STATE_FORMS =
      List.of("Республика", "Королевство", "Княжество", "Государство", "Султанат");

  /** At most this many letters of a Russian word change with its case ending. */
  private static final int CASE_ENDING = 3;

  private MemberStates() {}

  /**
   * The Member State a Russian name written in another case is, in the list's nominative: "Вклад
   * Российской Федерации" names "Российская Федерация", "Республики Узбекистан" "Республика
   * Узбекистан". Each word must share its stem with the listed name's word, only the case ending
   * differing; null when no listed name declines so.
   */
  static String nominativeOf(String written) {
    if (!CYRILLIC.matcher(written).find()) {
      return null;
    }
    String[] words = written.strip().split("\\s+");
    String best = null;
    for (String name : CYRILLIC_NAMES) {
      String[] listed = name.split("\\s+");
      if (listed.length != words.length) {
        continue;
      }
      boolean declines = true;
      for (int i = 0; i < words.length && declines; i++) {
        declines = sameStem(words[i], listed[i]);
      }
      if (declines && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    if (best == null && words.length >= 2) {
      // "Республики Казахстан": a state's form declined before its name, which stays as listed.
      String rest = written.strip().substring(words[0].length()).strip();
      for (String form : STATE_FORMS) {
        if (sameStem(words[0], form) && isListed(rest)) {
          return form + " " + rest;
        }
      }
    }
    if (best == null && words.length == 2) {
      // "Азербайджанской Республики": the state's adjective, declined, before its form.
      for (String form : STATE_FORMS) {
        if (sameStem(words[1], form) && form.endsWith("а") && namesAListedState(words[0])) {
          return FEMININE_ENDING.matcher(words[0]).replaceFirst("ая") + " " + form;
        }
      }
    }
    return best;
  }

  /** A feminine adjective's case ending: "Азербайджанской", "Кыргызскую". */
  private static final Pattern FEMININE_ENDING = Pattern.compile("(?:ой|ую|ая|ей)$");

  /** Whether an adjective is made on a listed name: "Азербайджанской" on "Азербайджан". */
  private static boolean namesAListedState(String adjective) {
    String word = adjective.toLowerCase(java.util.Locale.ROOT);
    return FEMININE_ENDING.matcher(word).find()
        && CYRILLIC_NAMES.stream()
            .filter(name -> name.indexOf(' ') < 0 && name.length() >= 4)
            .anyMatch(name -> word.startsWith(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The list's name for an official long form no pattern rewrites ("Estados Unidos Mexicanos" is
   * "México"), or the name itself.
   */
  static String listedName(String name) {
    return LONG_FORMS.getOrDefault(name, name);
  }

  /**
   * A republic's long form that names it by its adjective, "République algérienne démocratique et
   * populaire", "República Argelina Democrática y Popular", "République togolaise": ITU's list
   * writes it after the short name the adjective is made on, "Algérie (République algérienne
   * démocratique et populaire)". The name itself when it is listed or no listed name fits.
   */
  static String namedByAdjective(String name) {
    Matcher m = ADJECTIVE_LONG_FORM.matcher(name);
    if (!m.matches() || isListed(name)) {
      return name;
    }
    String adjective = plain(m.group(1));
    // The long form's language is its list's: "République" is French, "República" Spanish.
    String language = m.group().startsWith("République") ? "French" : "Spanish";
    String best = null;
    for (String listed : NAMES) {
      if (listed.indexOf(' ') < 0
          && !listed.contains("-")
          && adjective.startsWith(stem(listed))
          && (best == null || isBetter(listed, best, language))) {
        best = listed;
      }
    }
    return best == null ? name : best + " (" + name + ")";
  }

  /** A name of the long form's language before another's, then the longer name. */
  private static boolean isBetter(String listed, String best, String language) {
    boolean ours = language.equals(LANGUAGES.get(listed));
    boolean theirs = language.equals(LANGUAGES.get(best));
    return ours != theirs ? ours : listed.length() > best.length();
  }

  /** A republic's form, then the adjective of the state's name and any further words. */
  private static final Pattern ADJECTIVE_LONG_FORM =
      Pattern.compile("(?:République|República)\\s+(\\p{L}+)(?:\\s+\\p{L}+)*");

  /**
   * A short name less its final vowel, which its adjective may replace: "Argeli" for "Argelina".
   */
  private static String stem(String listed) {
    String lower = plain(listed);
    String stem = lower.replaceFirst("[aeiouy]$", "");
    return stem.length() >= 3 ? stem : lower;
  }

  /** A word in lower case without its accents: "gabon" for "Gabón". */
  private static String plain(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a word is the short name ITU's list writes before a long form, "Korea" of "Korea
   * (Republic of)": an address line names the country so.
   */
  static boolean isShortName(String word) {
    return !word.isEmpty() && NAMES.stream().anyMatch(name -> name.startsWith(word + " ("));
  }

  private static boolean isListed(String name) {
    List<int[]> spans = spans(name);
    return spans.size() == 1 && spans.get(0)[0] == 0 && spans.get(0)[1] == name.length();
  }

  private static boolean sameStem(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    if (x.equals(y)) {
      return true;
    }
    int common = 0;
    while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) {
      common++;
    }
    return common >= 3 && x.length() - common <= CASE_ENDING && y.length() - common <= CASE_ENDING;
  }

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

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    try (InputStream in = MemberStates.class.getResourceAsStream("member-states.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String language = "";
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("# ")) {
          // A section of the list opens with its language's name alone: "# French".
          language = line.indexOf(' ', 2) < 0 ? line.substring(2) : "";
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        LANGUAGES.putIfAbsent(line.split(" = ")[0].strip(), language);
        int equals = line.indexOf(" = ");
        if (equals > 0) {
          LONG_FORMS.put(line.substring(0, equals).strip(), line.substring(equals + 3).strip());
          names.add(line.substring(0, equals).strip());
        } else {
          names.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static Map<Character, Pattern> load() {
    List<String> names = new ArrayList<>(NAMES);
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
