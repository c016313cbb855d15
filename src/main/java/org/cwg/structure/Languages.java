package org.cwg.structure;

import java.util.List;
import java.util.Locale;
import org.cwg.model.Language;

/**
 * Language codes from ITU's one-letter suffixes, from names (both through {@link Language}), and
 * guessed from text.
 */
final class Languages {

  private Languages() {}

  /** ITU's language letters: E, F, S, R, A, C. */
  static String ofLetter(char letter) {
    return Language.ofLetter(letter).map(Language::code).orElse(null);
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
    return Language.named(w).map(Language::code).orElse(null);
  }

  /**
   * The language most of the text is in, by script and by common short words. One pass over the
   * text does both counts; the words decide only when the Latin script wins.
   */
  static String guess(String text) {
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int cjk = 0;
    int[] shortWords = new int[SHORT_WORD_LANGUAGES.size() + 1];
    // An array is read faster than a string, char by char, over a whole document.
    char[] chars = text.toCharArray();
    int wordStart = -1;
    boolean asciiWord = true;
    int i = 0;
    while (i <= chars.length) {
      char c = i < chars.length ? chars[i] : ' ';
      int letter;
      int step = 1;
      if (c < 0x80) {
        // Looking up the script is a binary search; ASCII letters are Latin, the rest common.
        letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
        latin += letter;
      } else if (Character.isSurrogate(c)) {
        // Surrogates have no script; the letter, if any, is the code point of the pair.
        int codePoint = text.codePointAt(i);
        step = Character.charCount(codePoint);
        letter = Character.isLetter(codePoint) ? step : 0;
      } else {
        letter = Character.isLetter(c) ? 1 : 0;
        // Quotes, dashes and spaces of every exported text are common to all scripts.
        if (c < GENERAL_PUNCTUATION_FIRST || c > GENERAL_PUNCTUATION_LAST) {
          switch (Character.UnicodeScript.of(c)) {
            case LATIN -> latin++;
            case CYRILLIC -> cyrillic++;
            case ARABIC -> arabic++;
            case HAN -> cjk++;
            default -> {}
          }
        }
      }
      if (letter > 0) {
        if (wordStart < 0) {
          wordStart = i;
          asciiWord = true;
        }
        asciiWord &= c < 0x80;
      } else if (wordStart >= 0) {
        if (asciiWord && i - wordStart <= SHORT_WORD) {
          shortWords[SHORT_WORDS[shortWordKey(chars, wordStart, i)]]++;
        }
        wordStart = -1;
      }
      i += step;
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
    int en = shortWords[1];
    int fr = shortWords[2];
    int es = shortWords[3];
    if (en == 0 && fr == 0 && es == 0) {
      return null;
    }
    return en >= fr && en >= es ? "en" : fr >= es ? "fr" : "es";
  }

  /** Quotes, dashes, special spaces: U+2000 to U+206F, none of them in a script of its own. */
  static final char GENERAL_PUNCTUATION_FIRST = '\u2000';

  static final char GENERAL_PUNCTUATION_LAST = '\u206f';

  /** Words of one to three ASCII letters that are common in one language only. */
  private static final int SHORT_WORD = 3;

  private static final List<List<String>> SHORT_WORD_LANGUAGES =
      List.of(
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
        SHORT_WORDS[shortWordKey(word.toCharArray(), 0, word.length())] = (byte) (language + 1);
      }
    }
  }

  /** Five bits per ASCII letter, case ignored: a different number for every short word. */
  private static int shortWordKey(char[] chars, int from, int to) {
    int key = 0;
    for (int i = from; i < to; i++) {
      key = key << 5 | ((chars[i] | 0x20) - 'a' + 1);
    }
    return key;
  }
}
