package org.cwg.structure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meeting ordinals as written: "twentieth", "twenty-first", "23rd", "22th", "vingtième", and the
 * Arabic ones that follow their noun ("الاجتماع الرابع", the fourth meeting).
 */
final class Ordinals {

  private static final String[] EN_UNITS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"
  };
  private static final String[] EN_TEENS = {
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth"
  };
  private static final String[] EN_TENS = {"twent", "thirt", "fort", "fift"};
  private static final String[] FR_UNITS = {
    "premier",
    "deuxième",
    "troisième",
    "quatrième",
    "cinquième",
    "sixième",
    "septième",
    "huitième",
    "neuvième"
  };
  private static final String[] FR_TEENS = {
    "dixième",
    "onzième",
    "douzième",
    "treizième",
    "quatorzième",
    "quinzième",
    "seizième",
    "dix-septième",
    "dix-huitième",
    "dix-neuvième"
  };
  private static final String[] FR_TENS = {"vingt", "trente", "quarante", "cinquante"};
  private static final String[] FR_COMPOUND_UNITS = {
    "unième",
    "deuxième",
    "troisième",
    "quatrième",
    "cinquième",
    "sixième",
    "septième",
    "huitième",
    "neuvième"
  };

  /** Russian ordinals 1 to 20 without their ending ("четверт" of "четвертое собрание"). */
  private static final String[] RU_STEMS = {
    "перв",
    "втор",
    "трет",
    "четверт",
    "пят",
    "шест",
    "седьм",
    "восьм",
    "девят",
    "десят",
    "одиннадцат",
    "двенадцат",
    "тринадцат",
    "четырнадцат",
    "пятнадцат",
    "шестнадцат",
    "семнадцат",
    "восемнадцат",
    "девятнадцат",
    "двадцат"
  };

  private static final Pattern RU_ENDING = Pattern.compile("(?:ье|ья|ий|ое|ая|ой|ый)$");

  private static final Map<String, Integer> WORDS = new HashMap<>();

  static {
    for (int i = 0; i < 9; i++) {
      WORDS.put(EN_UNITS[i], i + 1);
      WORDS.put(FR_UNITS[i], i + 1);
    }
    WORDS.put("première", 1);
    String[] esUnits = {
      "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena"
    };
    for (int i = 0; i < 9; i++) {
      WORDS.put(esUnits[i], i + 1);
      WORDS.put("vigésima " + esUnits[i], 20 + i + 1);
      WORDS.put("trigésima " + esUnits[i], 30 + i + 1);
    }
    WORDS.put("décima", 10);
    String[] esCompound = {
      "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena"
    };
    for (int i = 0; i < 9; i++) {
      // "Decimoséptima reunión": Spanish writes 11 to 19 as one word.
      WORDS.put("decimo" + esCompound[i].replace("é", "e"), 11 + i);
      WORDS.put("décimo" + esCompound[i].replace("é", "e"), 11 + i);
      WORDS.put("decimo" + esCompound[i], 11 + i);
    }
    // The two o's of "decimo" and "octava" are written as one.
    WORDS.put("decimoctava", 18);
    WORDS.put("décimoctava", 18);
    for (int i = 0; i < RU_STEMS.length; i++) {
      WORDS.put(RU_STEMS[i], i + 1);
    }
    WORDS.put("vigésima", 20);
    WORDS.put("trigésima", 30);
    for (int i = 0; i < 10; i++) {
      WORDS.put(EN_TEENS[i], i + 10);
      WORDS.put(FR_TEENS[i], i + 10);
    }
    for (int t = 0; t < EN_TENS.length; t++) {
      int tens = (t + 2) * 10;
      WORDS.put(EN_TENS[t] + "ieth", tens);
      WORDS.put(FR_TENS[t].replaceAll("e$", "") + "ième", tens);
      for (int u = 0; u < 9; u++) {
        WORDS.put(EN_TENS[t] + "y-" + EN_UNITS[u], tens + u + 1);
        WORDS.put(EN_TENS[t] + "y " + EN_UNITS[u], tens + u + 1);
        String frUnit = FR_COMPOUND_UNITS[u];
        WORDS.put(FR_TENS[t] + (u == 0 ? "-et-" : "-") + frUnit, tens + u + 1);
      }
    }
  }

  /** An ordinal: digits with an English, French or Russian suffix, or a word from the table. */
  static final String PATTERN =
      "(?:\\d{1,3}(?:st|nd|rd|th|e|ème|er|re|a|o|ª|º)"
          // Russian writes digits with a hyphen and the ending of their case: "31-е", "2-я".
          + "|\\d{1,3}-(?:е|я|й|ое|ая|ой|ый|го)(?!\\p{L})"
          + "|(?:twent|thirt|fort|fift)(?:ieth|y[- ](?:first|second|third|fourth|fifth|sixth"
          + "|seventh|eighth|ninth))"
          + "|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
          + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)"
          + "|(?:[a-zàâçéèêëîïôûù]+-)*[a-zàâçéèêëîïôûù]*i[èe]me|premi[eè]re?"
          + "|(?:vig|trig)[ée]sima(?:\\s+(?:primera|segunda|tercera|cuarta|quinta|sexta|s[ée]ptima"
          + "|octava|novena))?|primera|segunda|tercera|cuarta|quinta|sexta|s[ée]ptima|octava|novena"
          + "|d[ée]cima|d[ée]cimo(?:primera|segunda|tercera|cuarta|quinta|sexta|s[ée]ptima"
          + "|o?ctava|novena)"
          + "|(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат"
          + "|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат"
          + "|двадцат)(?:ье|ья|ий|ое|ая|ой|ый)"
          + "|(?:двадцать|тридцать)\\s+(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят)"
          + "(?:ье|ья|ий|ое|ая|ой|ый)"
          // French also writes 21, 31... without hyphens: "vingt et unième réunion".
          + "|(?:vingt|trente|quarante|cinquante)\\s+et\\s+uni[èe]me)";

  private static final Pattern DIGITS = Pattern.compile("(\\d{1,3})\\D*");

  private Ordinals() {}

  /**
   * Arabic ordinals with their article, masculine as after "الاجتماع" (meeting) or feminine as
   * after "الدورة" (session): 1 to 10, 11 to 19 with "عشر", the tens, and a unit joined to its ten
   * by "و" ("الحادي والعشرون", twenty-first). Hamza and final yā' are written more than one way.
   */
  static final String ARABIC =
      "(?:ال(?:أول[ىي]?|اول[ىي]?|حادي[ةه]?|حاد[ىي]|ثاني[ةه]?|ثان[ىي]|ثالث[ةه]?|رابع[ةه]?|خامس[ةه]?"
          + "|سادس[ةه]?|سابع[ةه]?|ثامن[ةه]?|تاسع[ةه]?|عاشر[ةه]?)"
          + "(?:\\s+عشر[ةه]?|\\s+و\\s*ال(?:عشر|ثلاث|أربع|اربع|خمس)(?:ون|ين))?"
          + "|ال(?:عشر|ثلاث|أربع|اربع|خمس)(?:ون|ين))";

  private static final String[] AR_UNITS = {
    "اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"
  };
  private static final String[] AR_TENS = {"عشر", "ثلاث", "اربع", "خمس"};

  /** The number an Arabic ordinal stands for, or null. */
  private static Integer arabic(String ordinal) {
    // One spelling: bare alif for hamza, yā' for alif maqsura, no feminine ending, no article.
    String[] words =
        ordinal
            .replaceAll("[أإآ]", "ا")
            .replace('ى', 'ي')
            .replaceAll("[ةه](?=\\s|$)", "")
            .replaceAll("(?<=^|\\s)و?\\s*ال", "")
            .replace("حادي", "اول")
            .replace("حاد", "اول")
            .replace("اولي", "اول")
            .strip()
            .split("\\s+");
    int unit = java.util.Arrays.asList(AR_UNITS).indexOf(words[0]) + 1;
    for (int t = 0; t < AR_TENS.length; t++) {
      if (words[words.length - 1].matches(AR_TENS[t] + "(?:ون|ين)")) {
        int tens = (t + 2) * 10;
        return words.length == 1 ? tens : unit > 0 && unit < 10 ? tens + unit : null;
      }
    }
    if (unit == 0 || words.length > 2) {
      return null;
    }
    return words.length == 1 ? unit : "عشر".equals(words[1]) && unit < 10 ? 10 + unit : null;
  }

  /** The number an ordinal stands for, or null. */
  static Integer valueOf(String ordinal) {
    if (ordinal.strip().startsWith("ال")) {
      return arabic(ordinal.strip());
    }
    String word = ordinal.toLowerCase(Locale.ROOT).strip().replace('‑', '-');
    Matcher digits = DIGITS.matcher(word);
    if (digits.matches()) {
      return Integer.parseInt(digits.group(1));
    }
    if (RU_ENDING.matcher(word).find()) {
      String stem = RU_ENDING.matcher(word.replace('ё', 'е')).replaceFirst("");
      int tens = stem.startsWith("двадцать ") ? 20 : stem.startsWith("тридцать ") ? 30 : 0;
      Integer russian = WORDS.get(tens == 0 ? stem : stem.substring(stem.indexOf(' ') + 1));
      if (russian != null && (tens == 0 || russian < 10)) {
        return tens + russian;
      }
    }
    word = word.replaceAll("\\s+et\\s+", "-et-");
    return WORDS.get(
        word.replace("ieme", "ième")
            .replace("vigesima", "vigésima")
            .replace("trigesima", "trigésima")
            .replaceAll("\\s+", " "));
  }
}
