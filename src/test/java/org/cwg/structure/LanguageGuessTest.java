package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The language guess counts scripts and short words in one pass; it must say what the plain
 * definition says: scripts counted character by character, then words as runs of letters.
 */
class LanguageGuessTest {

  private static final String[] PIECES = {
    "the",
    "The",
    "AND",
    "of",
    "le",
    "les",
    "Est",
    "y",
    "del",
    "una",
    "es",
    "el",
    "theme",
    "x",
    " ",
    " ",
    ",",
    ".",
    "\n",
    "’",
    "–",
    "\u00a0",
    "é",
    "élan",
    "dé",
    "д",
    "да",
    "и",
    "ب",
    "في",
    "中",
    "中文",
    "ª",
    "º",
    "\ud835\udc00",
    "\ud83d\ude00",
    "\ud835",
    "\udc00",
    "1",
    "42",
    "_",
    "-",
    "İ",
    "ı",
    "ſ"
  };

  @Test
  void onePassGuessesAsTheDefinition() {
    Random random = new Random(1123);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String written = text.toString();
      assertEquals(byDefinition(written), Languages.guess(written), written);
    }
  }

  /** The guess as first written: two passes, a string per short word. */
  private static String byDefinition(String text) {
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int cjk = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (Character.UnicodeScript.of(text.charAt(i))) {
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        case ARABIC -> arabic++;
        case HAN -> cjk++;
        default -> {}
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
      if (ascii && i - start <= 3) {
        switch (text.substring(start, i).toLowerCase(Locale.ROOT)) {
          case "the", "and", "of", "to", "is", "in" -> en++;
          case "le", "les", "des", "et", "du", "est", "une" -> fr++;
          case "el", "los", "las", "y", "del", "es", "una" -> es++;
          default -> {}
        }
      }
    }
    if (en == 0 && fr == 0 && es == 0) {
      return null;
    }
    return en >= fr && en >= es ? "en" : fr >= es ? "fr" : "es";
  }
}
