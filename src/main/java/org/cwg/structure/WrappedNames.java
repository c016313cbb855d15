package org.cwg.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name that PDF text wrapped in a narrow contact column: "Mr Jane" / "Doe" / "ACME
 * Corporation" / "E-mail: jane.doe@acme.example". The person's own address shows where the name
 * ends: an address's local part is made of the name ("jane.doe", "jdoe").
 */
final class WrappedNames {

  /** The rest of a name on a line of its own: one or two capitalised words, "Doe", "van Berg". */
  private static final Pattern NAME_REST =
      Pattern.compile("\\p{L}[\\p{L}'’-]+(?:\\s\\p{L}[\\p{L}'’-]+)?");

  private WrappedNames() {}

  /**
   * Whether the line under a block's name line goes on with the name: each of its words is in the
   * local part of the block's next address, and a line of the organization still follows it before
   * that address.
   */
  static boolean goesOn(List<String> cells, int at) {
    if (at + 2 >= cells.size()) {
      return false;
    }
    String rest = cells.get(at + 1).strip();
    String after = cells.get(at + 2).strip();
    if (!NAME_REST.matcher(rest).matches()
        || !Character.isUpperCase(rest.codePointAt(0))
        || after.isEmpty()
        || CoverCells.isContactPart(after)
        || CoverCells.hasEmail(rest)
        || CoverCells.hasEmail(after)) {
      return false;
    }
    String local = null;
    for (int k = at + 1; k < cells.size() && local == null; k++) {
      String email = CoverCells.emailIn(cells.get(k));
      if (email != null) {
        local = letters(email.substring(0, Math.max(0, email.indexOf('@'))));
      }
    }
    if (local == null || local.isEmpty()) {
      return false;
    }
    List<String> words = wordsOf(TitlesOfAddress.strip(cells.get(at)));
    List<String> restWords = wordsOf(rest);
    List<String> surnameLast = new ArrayList<>(words);
    surnameLast.addAll(restWords);
    List<String> surnameFirst = new ArrayList<>(restWords);
    surnameFirst.addAll(words);
    return madeOf(local, surnameLast, restWords) || madeOf(local, surnameFirst, restWords);
  }

  /**
   * Whether an address's local part is the name written out, each word whole, by its initial or
   * left out, the wrapped words whole: "jane.doe", "jdoe", "doe.jane" for "Jane" / "Doe".
   */
  private static boolean madeOf(String local, List<String> words, List<String> whole) {
    StringBuilder pattern = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      String quoted = Pattern.quote(word);
      pattern.append(
          whole.contains(word)
              ? "(?:" + quoted + ")"
              : "(?:" + quoted + "|" + Pattern.quote(word.substring(0, 1)) + ")?");
    }
    return Pattern.matches(pattern.toString(), local);
  }

  private static List<String> wordsOf(String text) {
    return Arrays.stream(text.split("\\s+")).map(WrappedNames::letters).toList();
  }

  /** The letters of a word without accents, in lower case: an address writes "Müller" "muller". */
  private static String letters(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("[^\\p{L}]|\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
