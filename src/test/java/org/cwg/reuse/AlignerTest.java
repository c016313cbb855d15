package org.cwg.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {

  private static final String PASSAGE =
      "Member States should take into account the resilience of submarine cables in line with the"
          + " Tunis Agenda. In addition, national regulators may wish to share experience on the"
          + " deployment of IPv6 through the exchange of best practices, with particular attention"
          + " to least developed countries.";

  private final Aligner aligner = new Aligner(25, 0.8);

  @Test
  void findsAnEditedCopyInsideOtherText() {
    String edited =
        PASSAGE
            .replace("resilience", "security") // a substitution
            .replace("may wish", "may also wish") // an insertion
            .replace(" of best practices", " of practices"); // a deletion
    Words a = Words.of("Some words before. " + PASSAGE + " And some after it.");
    Words b = Words.of("Quite different opening text here. " + edited + " Closing words.");
    List<Alignment> found = aligner.align(a, b);
    assertEquals(1, found.size(), found.toString());
    Alignment alignment = found.get(0);
    assertTrue(alignment.words() >= 38, alignment.toString());
    assertTrue(alignment.similarity() >= 0.9, alignment.toString());
    assertTrue(a.span(alignment.aFrom(), alignment.aTo()).startsWith("Member States should"));
    assertTrue(a.span(alignment.aFrom(), alignment.aTo()).endsWith("least developed countries"));
  }

  @Test
  void twoEditsAFewWordsApartCostTwoWordsNotTheWordsBetween() {
    // One copy substitutes a word and the other deletes one three words on: no four-word seed
    // spans the words between, yet they match one for one.
    String one = PASSAGE.replace("resilience", "security");
    String other = PASSAGE.replace(" submarine", "");
    Alignment alignment = aligner.align(Words.of(one), Words.of(other)).get(0);
    int length = (alignment.aTo() - alignment.aFrom()) + (alignment.bTo() - alignment.bFrom());
    assertEquals(length - 3, alignment.matched(), alignment.toString());
  }

  @Test
  void anEditNearThePassageEndKeepsTheWordsAfterIt() {
    // No four-word seed after the edit: only the passage's last two words follow it.
    String edited = PASSAGE.replace("least developed", "the developed");
    Words a = Words.of("Opening words of one text. " + PASSAGE + " Then it goes elsewhere.");
    Words b = Words.of("Something else entirely first. " + edited + " Unrelated closing text.");
    Alignment alignment = aligner.align(a, b).get(0);
    assertTrue(a.span(alignment.aFrom(), alignment.aTo()).endsWith("developed countries"));
    assertTrue(b.span(alignment.bFrom(), alignment.bTo()).endsWith("the developed countries"));
  }

  @Test
  void aStockPhraseBridgedIntoACopyIsTrimmedOff() {
    // Both texts open with the same stock phrase, then differ for seven words, then hold the copy:
    // the chain bridges the gap, and the whole falls under the similarity the copy alone has.
    String a = "the Council Working Group one two three four five six seven " + PASSAGE;
    String b =
        "the Council Working Group eight nine ten eleven twelve thirteen fourteen " + PASSAGE;
    List<Alignment> found = new Aligner(25, 0.9).align(Words.of(a), Words.of(b));
    assertEquals(1, found.size(), found.toString());
    Words words = Words.of(a);
    Alignment alignment = found.get(0);
    assertTrue(words.span(alignment.aFrom(), alignment.aTo()).startsWith("Member States"));
    assertEquals(1.0, alignment.similarity(), 1e-9);
  }

  @Test
  void aRefrainIsNotTakenBackWordByWord() {
    String refrain = " Members welcomed the proposal and offered to share their experience.";
    String a = PASSAGE + refrain.repeat(12);
    String b = PASSAGE.replace("least developed", "least advanced") + refrain.repeat(12);
    for (Alignment alignment : aligner.align(Words.of(a), Words.of(b))) {
      assertTrue(alignment.aTo() - alignment.aFrom() < 60, alignment.toString());
    }
  }

  @Test
  void findsNothingBetweenTextsThatShareOnlyPhrases() {
    Words a = Words.of("The Group should consider the resilience of submarine cables. " + PASSAGE);
    Words b =
        Words.of(
            "Governments could further study the resilience of submarine cables over the coming"
                + " study period. The Secretariat will keep under review the deployment of IPv6 as"
                + " a matter of priority, and all stakeholders should address it.");
    assertEquals(List.of(), aligner.align(a, b));
  }

  @Test
  void reportsOffsetsIntoTheOriginalText() {
    String text = "Intro.\n" + PASSAGE;
    Words a = Words.of(text);
    Alignment alignment = aligner.align(a, Words.of(PASSAGE)).get(0);
    assertEquals(text.indexOf("Member"), a.start(alignment.aFrom()));
    assertEquals(text.length() - 1, a.end(alignment.aTo() - 1));
  }

  @Test
  void fingerprintsMeetOnASharedRunOfTenWords() {
    long[] x = Fingerprints.of("alpha beta gamma " + PASSAGE + " delta epsilon");
    long[] y = Fingerprints.of("zeta eta theta iota " + PASSAGE.substring(0, 120));
    boolean shared = false;
    for (long h : x) {
      shared |= java.util.Arrays.binarySearch(y, h) >= 0;
    }
    assertTrue(shared);
    assertEquals(0, Fingerprints.of("too short to shingle").length);
  }

  @Test
  void wordsInsideQuotationMarksAreMarked() {
    Words words = Words.of("He said \u201cquoted words\u201d and left.\n\"Also quoted");
    assertTrue(words.quoted(2));
    assertTrue(!words.quoted(4));
    assertTrue(words.quoted(7));
  }
}
