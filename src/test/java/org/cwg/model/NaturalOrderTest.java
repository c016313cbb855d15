package org.cwg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

  private static final NaturalOrder ORDER = NaturalOrder.INSTANCE;

  @Test
  void digitRunsCompareAsNumbers() {
    List<String> numbers =
        new ArrayList<>(
            List.of(
                "CWG-Internet-20/10",
                "CWG-Internet-9/2",
                "CWG-Internet-20/4",
                "cwg-internet-20/5",
                "CWG-Internet-20/INF/1",
                "CWG-Internet-20"));
    numbers.sort(ORDER);
    assertEquals(
        List.of(
            "CWG-Internet-9/2",
            "CWG-Internet-20",
            "CWG-Internet-20/4",
            "cwg-internet-20/5",
            "CWG-Internet-20/10",
            "CWG-Internet-20/INF/1"),
        numbers);
  }

  @Test
  void leadingZerosAndCaseDoNotCount() {
    assertEquals(0, ORDER.compare("Doc-007", "doc-7"));
    assertEquals(0, ORDER.compare("0", "000"));
    assertTrue(ORDER.compare("a099", "a100") < 0);
    assertTrue(ORDER.compare("x123456789012345678901", "x99") > 0, "runs longer than a long");
  }

  /** The in-place comparison gives the signs of the plain one on random strings. */
  @Test
  void agreesWithAPlainImplementationOnRandomStrings() {
    Random random = new Random(7);
    String alphabet = "0012789aAbZ-/ \u0663\u0669";
    for (int n = 0; n < 50_000; n++) {
      String a = randomString(random, alphabet);
      String b = random.nextInt(4) == 0 ? a : randomString(random, alphabet);
      assertEquals(
          Integer.signum(plainCompare(a, b)),
          Integer.signum(ORDER.compare(a, b)),
          () -> "'" + a + "' vs '" + b + "'");
    }
  }

  private static String randomString(Random random, String alphabet) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(9);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** Natural order written the obvious way, with substrings. */
  private static int plainCompare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = i;
        while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
          endB++;
        }
        String x = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
        String y = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
        int byValue =
            x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
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
}
