package org.cwg.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ITU's six official languages: the one table of their ISO 639-1 codes, the letters ITU appends to
 * document numbers and file names ({@code -E}, {@code -F}), and the names people write for them. In
 * the order ITU lists them (English alphabetical order of their names).
 */
public enum Language {
  ARABIC("ar", 'A', "arabic", "arabe", "árabe", "ara", "العربية"),
  CHINESE("zh", 'C', "chinese", "chinois", "chino", "chi", "zho", "中文"),
  ENGLISH("en", 'E', "english", "anglais", "inglés", "ingles", "eng"),
  FRENCH("fr", 'F', "french", "français", "francais", "francés", "frances", "fra", "fre"),
  RUSSIAN("ru", 'R', "russian", "russe", "ruso", "rus", "русский"),
  SPANISH("es", 'S', "spanish", "espagnol", "español", "espanol", "spa");

  private final String code;
  private final char letter;
  private final List<String> names;

  Language(String code, char letter, String... names) {
    this.code = code;
    this.letter = letter;
    this.names = List.of(names);
  }

  /** The ISO 639-1 code: en, fr, es, ru, ar, zh. */
  public String code() {
    return code;
  }

  /** ITU's letter: E, F, S, R, A, C. */
  public char letter() {
    return letter;
  }

  /** The language of an ISO 639-1 code, case ignored. */
  public static Optional<Language> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code.strip())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * ITU's order of languages (Arabic, Chinese, English, French, Russian, Spanish), a language not
   * known last: how versions are listed.
   */
  public static int ituOrder(String code) {
    return ofCode(code).map(Enum::ordinal).orElse(values().length);
  }

  /**
   * Which of a document's language versions stands for it, lowest first: English (ITU's working
   * language), then the others in ITU's order, then a version whose language is not known.
   */
  public static int versionOrder(String code) {
    return ofCode(code).map(l -> l == ENGLISH ? -1 : l.ordinal()).orElse(values().length);
  }

  /** The language of an ITU letter, case ignored. */
  public static Optional<Language> ofLetter(char letter) {
    for (Language language : values()) {
      if (language.letter == Character.toUpperCase(letter)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** The language of a name in English, French, Spanish or its own language, or a 3-letter code. */
  public static Optional<Language> named(String written) {
    String name = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.names.contains(name)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** The language as users write it: a code ("fr"), an ITU letter ("F") or a name ("French"). */
  public static Optional<Language> parse(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    String w = written.strip();
    if (w.length() == 1) {
      return ofLetter(w.charAt(0));
    }
    return ofCode(w).or(() -> named(w));
  }
}
