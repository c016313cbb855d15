package org.cwg.index;

import java.io.ByteArrayOutputStream;
import org.apache.lucene.util.BytesRef;
import org.cwg.model.CorpusOrder;

/**
 * {@link CorpusOrder} as bytes, so that Lucene can sort hits in corpus order by one doc value: the
 * meeting (none last), the number read naturally (none last) and the path compare as the bytes of
 * the key compare. Characters are written as UTF-16 units, lower-cased, as {@link
 * org.cwg.model.NaturalOrder} compares them; a digit run as its length and then its digits, leading
 * zeros dropped, so that longer numbers sort later.
 */
final class CorpusOrderKey {

  private static final int PRESENT = 0;
  private static final int ABSENT = 1;

  /** Stands for a digit run; any digit compares the same against a character that is not one. */
  private static final char DIGITS = '0';

  private CorpusOrderKey() {}

  static BytesRef of(Integer meeting, String number, String path) {
    ByteArrayOutputStream key = new ByteArrayOutputStream();
    if (meeting == null) {
      key.write(ABSENT);
    } else {
      key.write(PRESENT);
      int sortable = meeting ^ Integer.MIN_VALUE;
      for (int shift = 24; shift >= 0; shift -= 8) {
        key.write(sortable >>> shift);
      }
    }
    if (number == null) {
      key.write(ABSENT);
    } else {
      key.write(PRESENT);
      natural(number, key);
      // Ends the number below any character, so that a number sorts before its extensions.
      writeChar(key, '\0');
    }
    for (int i = 0; i < path.length(); i++) {
      writeChar(key, path.charAt(i));
    }
    return new BytesRef(key.toByteArray());
  }

  private static void natural(String number, ByteArrayOutputStream key) {
    int i = 0;
    while (i < number.length()) {
      char c = number.charAt(i);
      if (!Character.isDigit(c)) {
        writeChar(key, Character.toLowerCase(c));
        i++;
        continue;
      }
      int end = i;
      while (end < number.length() && Character.isDigit(number.charAt(end))) {
        end++;
      }
      int from = i;
      while (from < end - 1 && number.charAt(from) == '0') {
        from++;
      }
      writeChar(key, DIGITS);
      writeChar(key, (char) (end - from));
      for (int k = from; k < end; k++) {
        writeChar(key, number.charAt(k));
      }
      i = end;
    }
  }

  private static void writeChar(ByteArrayOutputStream key, char c) {
    key.write(c >>> 8);
    key.write(c);
  }
}
