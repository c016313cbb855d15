package org.cwg.structure;

import java.util.List;
import java.util.Locale;

/** Language codes from ITU's one-letter suffixes, from names, and guessed from text. */
final class Languages {

  private Languages() {}

  /** ITU's language letters: E, F, S, R, A, C. */
  static String ofLetter(char letter) {
    return switch (Character.toUpperCase(letter)) {
      case 'E' -> "en";
      case 'F' -> "fr";
      case 'S' -> "es";
      case 'R' -> "ru";
      case 'A' -> "ar";
      case 'C' -> "zh";
      default -> null;
    };
  }

  /** "en-GB", "English", "fr" to an ISO 639-1 code, or null. */
  static String normalise(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String w = written.strip().toLowerCase(Locale.ROOT);
    if (w.matches("[a-z]{2}([-_][a-z0-9]+)*")) {
      return w.substring(0, 2);
    }
    return switch (w) {
      case "english", "anglais", "inglés" -> "en";
      case "french", "français", "francés" -> "fr";
      case "spanish", "espagnol", "español" -> "es";
      case "russian", "russe", "ruso" -> "ru";
      case "arabic", "arabe", "árabe" -> "ar";
      case "chinese", "chinois", "chino" -> "zh";
      default -> null;
    };
  }

  /** The language most of the text is in, by script and by common short words. */
  static String guess(String text) {
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int cjk = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        // Looking up the script is a binary search; ASCII letters are Latin, the rest common.
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
        }
        continue;
      }
      if (c >= GENERAL_PUNCTUATION_FIRST && c <= GENERAL_PUNCTUATION_LAST) {
        // Quotes, dashes and spaces of every exported text: common to all scripts.
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        case ARABIC -> arabic++;
        case HAN -> cjk++;
        default -> { }
      }
    }
    int max = Math.max(Math.max(latin, cyrillic), Math.max(arabic, cjk));
    if (max == 0) {
      return null;
    }
    if (max == cyrillic) {
      return "ru";
    }
    if (max == arabic) {
      return "ar";
    }
    if (max == cjk) {
      return "zh";
    }
    int[] counts = new int[SHORT_WORD_LANGUAGES.size() + 1];
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean ascii = true;
      for (int length = letterLength(text, i); length > 0; length = letterLength(text, i)) {
        ascii &= text.charAt(i) < 0x80;
        i += length;
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      if (ascii && i - start <= SHORT_WORD) {
        counts[SHORT_WORDS[shortWordKey(text, start, i)]]++;
      }
    }
    int en = counts[1];
    int fr = counts[2];
    int es = counts[3];
    if (en == 0 && fr == 0 && es == 0) {
      return null;
    }
    return en >= fr && en >= es ? "en" : fr >= es ? "fr" : "es";
  }

  /** The number of chars of the letter at {@code i}, or 0 when there is none. */
  private static int letterLength(String text, int i) {
    if (i >= text.length()) {
      return 0;
    }
    char c = text.charAt(i);
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
    }
    if (!Character.isSurrogate(c)) {
      return Character.isLetter(c) ? 1 : 0;
    }
    int cp = text.codePointAt(i);
    return Character.isLetter(cp) ? Character.charCount(cp) : 0;
  }

  /** Quotes, dashes, special spaces: U+2000 to U+206F, none of them in a script of its own. */
  static final char GENERAL_PUNCTUATION_FIRST = '\u2000';
  static final char GENERAL_PUNCTUATION_LAST = '\u206f';

  /** Words of one to three ASCII letters that are common in one language only. */
  private static final int SHORT_WORD = 3;

  private static final List<List<String>> SHORT_WORD_LANGUAGES = List.of(
      List.of("the", "and", "of", "to", "is", "in"),
      List.of("le", "les", "des", "et", "du", "est", "une"),
      List.of("el", "los", "las", "y", "del", "es", "una"));

  /**
   * The language (1 en, 2 fr, 3 es, else 0) of every short ASCII word, by {@link #shortWordKey}:
   * looked up without cutting a string out of the text for every word of the document.
   */
  private static final byte[] SHORT_WORDS = new byte[1 << (5 * SHORT_WORD)];

  static {
    for (int language = 0; language < SHORT_WORD_LANGUAGES.size(); language++) {
      for (String word : SHORT_WORD_LANGUAGES.get(language)) {
        SHORT_WORDS[shortWordKey(word, 0, word.length())] = (byte) (language + 1);
      }
    }
  }

  /** Five bits per ASCII letter, case ignored: a different number for every short word. */
  private static int shortWordKey(String text, int from, int to) {
    int key = 0;
    for (int i = from; i < to; i++) {
      key = key << 5 | ((text.charAt(i) | 0x20) - 'a' + 1);
    }
    return key;
  }
}
