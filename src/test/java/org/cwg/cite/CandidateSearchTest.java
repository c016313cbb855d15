package org.cwg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cwg.model.DocumentNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The citation finders try their patterns only at candidate places; they must find exactly what
 * {@code Matcher.find} finds, trying every place. Checked on hand-written edge cases and on many
 * random texts built from the pieces citations are made of.
 */
class CandidateSearchTest {

  private static final String[] PIECES = {
    "CWG",
    "WG",
    "C",
    "OPCWG",
    "INT",
    "Internet",
    "inTERnet",
    "WSIS",
    "PP",
    "-",
    "-",
    "/",
    "/",
    "20",
    "4",
    "09",
    "105",
    "1305",
    "70/125",
    "INF/",
    "DL/",
    " ",
    " ",
    "\t",
    "\n",
    "\u00a0",
    "(Rev.2)",
    "R1",
    "-E",
    "-e",
    "Add.1",
    "x",
    "_",
    ".",
    ",",
    ";",
    "(",
    ")",
    "Contribution",
    "CONTRIBUTION",
    "document",
    "Doc.",
    "Documents",
    "5",
    "Resolution",
    "resolutions",
    "Res.",
    "RES",
    "Résolution",
    "résolution",
    "Council",
    "ITU",
    "PP-18",
    "WTSA-16",
    "World Telecommunication Standardization Assembly",
    "General",
    "Assembly",
    "United Nations",
    "UN",
    "A/RES/",
    "s",
    "and",
    "or",
    "of the",
    "“Title”",
    "é",
    "Presolution",
    "1.2",
    "SG17",
    "SG2",
    "TSAG",
    "TD",
    "LS",
    "COM",
    "COM 17 \u2013 ",
    "FG",
    "FGAI4H",
    "AINN",
    "-I-",
    "236",
    "5D",
    "4A",
    "5G",
    "WP",
    "(GEN/17)",
    "(WP1/17)",
    "\u2013",
    "R23-WP4A-C-",
    "D22-SG02-C-",
    "S25-CL-C-",
    "RGQ",
    "&SDG",
    "WTSA-24",
    "@",
    "!R1",
    "-R2",
    "Security Council",
    "ITU-R ",
    "Resolution ITU-R 65"
  };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CWG-Internet-20/4",
        "see CWG-Internet 20/4.",
        "CWG-Internet\t20/4",
        "CWG-Internet  20/4",
        "xCWG-Internet-20/4",
        "CWG-Internet-20/4/5",
        "C09/105",
        "(C09/105)",
        "C09/1,C09/2",
        "PP-14/INF/3",
        "PP-14/20(Add.1)",
        "OPCWG-Internet-11/3",
        "OPCWGINT11/3",
        "Doc. CWG-WSIS-32/16-E",
        "a/C09/105",
        "-C09/105",
        "_C09/105",
        "C09 /105",
        "C16/INF/12",
        "WG-Internet-11/11 and CWG-Internet-20/1(Rev.2)",
        "CWG-Internet-\n20/4",
        "\nC09/105",
        "CWG-Internet-20/4R1",
        "20/4",
        "/",
        "C0/1",
        "CWG-Inter net-20/4",
        "building on FG QRS-DOC-0077.",
        "the report SG5-R 41 and RA19/4"
      })
  void numbersAreFoundWhereFindFindsThem(String text) {
    assertEquals(everyFind(DocumentNumber.FINDER, text), everyNumber(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Contribution 5",
        "contribution\u00a05",
        "CONTRIBUTION 12 and Document 7",
        "xContribution 5",
        "Contributions 5",
        "Document 5/2",
        "Document 5.1",
        "Document 5.",
        "documen 5",
        "Document",
        "-Document 5",
        "(Document 5)",
        "Contribution  \n 9"
      })
  void shortFormsAreFoundWhereFindFindsThem(String text) {
    assertEquals(everyFind(ReferenceFinder.SHORT_FORM, text), everyShortForm(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Resolution 101",
        "PP Resolution 101",
        "ITU Council Resolution 1305",
        "World Telecommunication Standardization Assembly Resolution 69",
        "Presolution 5",
        "resolutions 101 and 102",
        "Res.5",
        "RES 5",
        "Résolution 12",
        "of Resolution A/RES/70/125",
        "Council\n\nResolution 1336",
        "-Resolution 5",
        "Resolution",
        "Resolutions of 2018",
        "United Nations General Assembly Resolution 70/125",
        "les Résolutions 101 et 102",
        "RESOLUCIÓN 45 (REV. KIGALI, 2022)",
        "Resolución UIT-R 1",
        "Резолюции 101, 102 и 133 ПК",
        "Резолюция № 5",
        "Resolution No. 2 of the Conference",
        "la Résolution n° 7",
        "Резолюция МСЭ-R 2-8",
        "وفقاً للقرار رقم 75",
        "القرارات 101 و102",
        "Research 5 and resource 12"
      })
  void resolutionHeadsAreFoundWhereFindFindsThem(String text) {
    assertSameHeads(text);
  }

  @Test
  void randomTextsGiveTheSameMatches() {
    Random random = new Random(20261123);
    for (int i = 0; i < 4_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(25); n > 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String written = text.toString();
      assertEquals(everyFind(DocumentNumber.FINDER, written), everyNumber(written), written);
      assertEquals(
          everyFind(ReferenceFinder.SHORT_FORM, written), everyShortForm(written), written);
      assertSameHeads(written);
    }
  }

  @Test
  void aPatternTriedAtOneOffsetMatchesAsFindWouldThere() {
    Pattern anchored = Pattern.compile("\\G\\s*\\((?<inner>[^()]+)\\)");
    Pattern behind = Pattern.compile("(?<![\\w-])Res");
    String text = "x (a) (b)Res -Res Res";
    for (int at = 0; at <= text.length(); at++) {
      Matcher expected = anchored.matcher(text);
      Matcher actual = anchored.matcher(text);
      boolean found = expected.find(at);
      assertEquals(found, MatchAt.offset(actual, text, at), "at " + at);
      if (found) {
        assertEquals(expected.group(), actual.group());
      }
      Matcher plain = behind.matcher(text);
      boolean here = plain.find(at) && plain.start() == at;
      assertEquals(here, MatchAt.offset(behind.matcher(text), text, at), "at " + at);
    }
    assertTrue(MatchAt.afterWordBoundary(text, 0));
  }

  private static void assertSameHeads(String text) {
    for (int from = 0; from < text.length(); from++) {
      Matcher expected = ResolutionFinder.HEAD.matcher(text);
      Matcher actual = ResolutionFinder.HEAD.matcher(text);
      boolean found = expected.find(from);
      assertEquals(found, HeadSearch.findHead(text, actual, from), text + " from " + from);
      if (found) {
        assertEquals(
            expected.start() + "-" + expected.end(),
            actual.start() + "-" + actual.end(),
            text + " from " + from);
      }
    }
  }

  private static List<String> everyFind(Pattern pattern, String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  private static List<String> everyNumber(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = DocumentNumber.FINDER.matcher(text);
    for (int from = 0; NumberScanner.findNext(text, m, from); from = m.end()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  private static List<String> everyShortForm(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = ReferenceFinder.SHORT_FORM.matcher(text);
    for (int from = 0; ReferenceFinder.findShortForm(text, m, from); from = m.end()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }
}
