package org.cwg.structure;

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
    int en = 0;
    int fr = 0;
    int es = 0;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean ascii = true;
      while (i < text.length()) {
        int cp = text.codePointAt(i);
        if (!Character.isLetter(cp)) {
          break;
        }
        ascii &= cp < 0x80;
        i += Character.charCount(cp);
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      // Every counted word is one to three ASCII letters: cutting out only those words spares
      // a string per word of the document.
      if (ascii && i - start <= 3) {
        switch (text.substring(start, i).toLowerCase(Locale.ROOT)) {
          case "the", "and", "of", "to", "is", "in" -> en++;
          case "le", "les", "des", "et", "du", "est", "une" -> fr++;
          case "el", "los", "las", "y", "del", "es", "una" -> es++;
          default -> { }
        }
      }
    }
    if (en == 0 && fr == 0 && es == 0) {
      return null;
    }
    return en >= fr && en >= es ? "en" : fr >= es ? "fr" : "es";
  }
}
