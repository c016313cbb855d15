package org.cwg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({
    "fr, FRENCH",
    "F, FRENCH",
    "French, FRENCH",
    "français, FRENCH",
    "fre, FRENCH",
    "s, SPANISH",
    "Español, SPANISH",
    "russe, RUSSIAN",
    "русский, RUSSIAN",
    "العربية, ARABIC",
    "中文, CHINESE",
    "ZH, CHINESE",
    "E, ENGLISH",
    "inglés, ENGLISH"
  })
  void readsCodesLettersAndNames(String written, Language expected) {
    assertEquals(Optional.of(expected), Language.parse(written));
  }

  @ParameterizedTest
  @CsvSource({"de", "X", "German", "''"})
  void knowsOnlyItusSixLanguages(String written) {
    assertTrue(Language.parse(written).isEmpty(), written);
  }

  @ParameterizedTest
  @CsvSource({"ARABIC, ar, A", "CHINESE, zh, C", "ENGLISH, en, E", "RUSSIAN, ru, R"})
  void eachLanguageHasItsCodeAndItusLetter(Language language, String code, char letter) {
    assertEquals(code, language.code());
    assertEquals(letter, language.letter());
    assertEquals(Optional.of(language), Language.ofCode(code.toUpperCase()));
    assertEquals(Optional.of(language), Language.ofLetter(Character.toLowerCase(letter)));
  }
}
