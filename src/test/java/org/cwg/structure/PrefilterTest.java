package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.parse.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cheap tests that spare the structure patterns most lines and texts: each must say yes
 * wherever the pattern it guards could match, right up to the edge cases.
 */
class PrefilterTest {

  private static final int UNICODE_CASELESS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @Test
  void caseFoldingAcceptsEveryCharacterACaselessPatternAccepts() {
    String letters = "abcdefghijklmnopqrstuvwxyzàáâçèéêëíîïñóôúûù";
    for (char letter : letters.toCharArray()) {
      Pattern pattern = Pattern.compile(Pattern.quote(String.valueOf(letter)), UNICODE_CASELESS);
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        String written = String.valueOf((char) c);
        if (pattern.matcher(written).matches()) {
          assertTrue(
              CaseFolding.containsAny(written, List.of(String.valueOf(letter))),
              "U+" + Integer.toHexString(c) + " as " + letter);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the twentieth meeting|meeting|true",
        "THE TWENTIETH MEETİNG|meeting|true",
        "the twentieth meetıng|meeting|true",
        "Meeting|meeting|true",
        "meetin|meeting|false",
        "la vingtième RÉUNION|réunion|true",
        "la vingtième reunion|réunion|false",
        "HELD|held|true",
        "he ld|held|false"
      })
  void containsWordsInAnyCase(String text, String word, boolean contains) {
    assertEquals(contains, CaseFolding.containsAny(text, List.of(word)));
    assertEquals(
        contains, Pattern.compile(Pattern.quote(word), UNICODE_CASELESS).matcher(text).find());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024|true", "x2024x|true", "4 October 2024|true", "2024-10-04|true", "202 4|false",
        "123|false", "''|false", "4 October ٢٠٢٤|false", "20.24|false", "99999|true"
      })
  void yearsAreFourDigitsInARow(String text, boolean hasYear) {
    assertEquals(hasYear, Dates.hasFourDigitRun(text));
    if (!hasYear) {
      assertFalse(Pattern.compile(Dates.ANY, UNICODE_CASELESS).matcher(text).find());
      assertFalse(Dates.isOnlyDate(text));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4 October 2024",
        "Date: 4 October 2024",
        "October 4, 2024",
        "2024-10-04",
        "Fecha: 4 de octubre de 2024"
      })
  void datesAloneAreStillDates(String line) {
    assertTrue(Dates.isOnlyDate(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "- 9 -|true",
        "– 12 –|true",
        "___|true",
        "===|true",
        "•••|true",
        "·.•|true",
        "...|true",
        "*-*|true",
        "a___|false",
        "9 -|false",
        "''|false",
        "__|false",
        "Text|false"
      })
  void layoutIsRecognisedByItsFirstCharacter(String text, boolean layout) {
    assertEquals(layout, TextCleaner.isLayoutOnly(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Plain text\u00a0|Plain text", "[bookmark: _Toc1]Purpose|Purpose",
        "Text[footnoteRef:1] more|Text more", "Text[1: A note] more|Text more",
        "[ unbalanced|[ unbalanced", "no brackets ]|no brackets ]"
      })
  void cleaningSkipsParagraphsWithoutBrackets(String paragraph, String cleaned) {
    assertEquals(cleaned, TextCleaner.clean(paragraph, new ArrayList<>()));
  }

  @Test
  void sentencesAreCutAsTheSentencePatternCutsThem() {
    Pattern sentenceEnd = Pattern.compile("(?<=[.;:!?])\\s+|\\n");
    String[] pieces = {
      "a",
      "Bc",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\u000b",
      "\u00a0",
      ".",
      ";",
      ":",
      "!",
      "?",
      ",",
      "propose",
      "Russian Federation"
    };
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String written = text.toString();
      assertEquals(List.of(sentenceEnd.split(written)), TextClues.sentences(written), written);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1. Purpose|1",
        "II. Scope|1",
        "A. Annex|1",
        "a. item|0",
        "(1) item|0",
        "''|0",
        "1Rationale|1",
        "V. Five|2",
        "Text|0",
        "\u00a01. Purpose|0"
      })
  void headingNumbersStartWithADigitOrACapital(String line, int readings) {
    assertEquals(readings, HeadingNumber.parse(line).size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Topic 1: Security|true",
        "topic 2. Access|true",
        "THÈME 3 : Accès|true",
        "Tema 4 – Acceso|true",
        "Theme|false",
        "A Topic 1: x|false",
        "''|false",
        "Topic one: x|false"
      })
  void topicsStartWithAT(String line, boolean topic) {
    assertEquals(topic, HeadingKinds.topic(line) != null);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Title|true",
        "title|true",
        "TITLE|true",
        "Title 2|true",
        "Titre|false",
        "Titl|false",
        "-|false",
        "''|false",
        "TİTLE|false",
        "Subtitle|false",
        "Heading 1|false"
      })
  void titlesAreStyledTitle(String style, boolean title) {
    Block block = new Block("text", style, 0, false, false, Block.Region.BODY);
    assertEquals(title, HeadingStyles.isTitle(block));
  }

  @Test
  void generalPunctuationBelongsToNoCountedScript() {
    for (char c = Languages.GENERAL_PUNCTUATION_FIRST;
        c <= Languages.GENERAL_PUNCTUATION_LAST;
        c++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      assertFalse(
          script == Character.UnicodeScript.LATIN
              || script == Character.UnicodeScript.CYRILLIC
              || script == Character.UnicodeScript.ARABIC
              || script == Character.UnicodeScript.HAN,
          "U+" + Integer.toHexString(c));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "The Council and the Member States|en",
        "Le Conseil et les États Membres|fr",
        "El Consejo y los Estados Miembros|es",
        "THE AND OF|en",
        "theme andes offer|-",
        "Это — текст “the and”|ru",
        "𝐀𝐁𝐂 the|en",
        "…|-"
      })
  void languagesByShortWords(String text, String language) {
    assertEquals(language, Languages.guess(text));
  }

  @Test
  void memberStatesAreFoundAsOnePatternOfAllNamesFindsThem() throws IOException {
    List<String> names = memberStateNames();
    Pattern all = allNamesPattern(names);
    StringBuilder text = new StringBuilder();
    // Six languages make the list long: the text is checked every 40 names and at the end, not
    // after each one, which would take minutes.
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      text.append("x")
          .append(name)
          .append(" (")
          .append(name)
          .append("n), ")
          .append(name)
          .append(" and ")
          .append(name)
          .append("-")
          .append(name)
          .append(".\n");
      if (i % 40 == 0 || i == names.size() - 1) {
        assertEquals(find(all, text.toString()), MemberStates.in(text.toString()), name);
      }
    }
    String sentence = "Proposal by the Russian Federation, Niger, Nigeria and Papua New Guinea";
    assertEquals(find(all, sentence), MemberStates.in(sentence));
  }

  private static List<String> find(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return new ArrayList<>(found);
  }

  private static List<String> memberStateNames() throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = MemberStates.class.getResourceAsStream("member-states.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          // "long form = listed name": the long form is what a text names.
          names.add(line.split(" = ")[0].strip());
        }
      }
    }
    return names;
  }

  private static Pattern allNamesPattern(List<String> names) {
    List<String> longestFirst = new ArrayList<>(names);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String name : longestFirst) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }
}
