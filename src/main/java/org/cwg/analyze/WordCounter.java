package org.cwg.analyze;

/** Counts words the way readers do: runs of letters or digits. */
public final class WordCounter {

  private WordCounter() {}

  public static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
