package org.cwg.model;

import java.util.Comparator;

/**
 * Orders strings the way people read document numbers: digit runs compare as numbers, so {@code
 * CWG-Internet-20/4} comes before {@code CWG-Internet-20/10}. Case-insensitive otherwise.
 */
public final class NaturalOrder implements Comparator<String> {

  public static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    if (a.equals(b)) {
      // Sections of one document tie on its number: the common case when hits are ordered.
      return 0;
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byValue = compareDigits(a, i, endA, b, j, endB);
        if (byValue != 0) {
          return byValue;
        }
        i = endA;
        j = endB;
      } else {
        int byChar = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
        if (byChar != 0) {
          return byChar;
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Compares two digit runs by value, however long, ignoring leading zeros (one is kept). Sorting
   * thousands of hits calls this per comparison, so it reads the runs in place.
   */
  private static int compareDigits(String a, int startA, int endA, String b, int startB, int endB) {
    int fromA = startA;
    while (fromA < endA - 1 && a.charAt(fromA) == '0') {
      fromA++;
    }
    int fromB = startB;
    while (fromB < endB - 1 && b.charAt(fromB) == '0') {
      fromB++;
    }
    int length = endA - fromA;
    if (length != endB - fromB) {
      return Integer.compare(length, endB - fromB);
    }
    for (int k = 0; k < length; k++) {
      int byDigit = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
      if (byDigit != 0) {
        return byDigit;
      }
    }
    return 0;
  }
}
