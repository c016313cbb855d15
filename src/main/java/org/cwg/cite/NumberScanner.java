package org.cwg.cite;

import java.util.regex.Matcher;
import org.cwg.model.DocumentNumber;

/**
 * Finds document numbers in long texts faster than {@code DocumentNumber.FINDER.matcher(text)
 * .find()}: the finder is tried only where a written form can begin. For callers outside this
 * package that read numbers themselves (meeting outcomes).
 */
public final class NumberScanner {

  private NumberScanner() {}

  /** A matcher of {@link DocumentNumber#FINDER} for {@link #findNext}. */
  public static Matcher matcher(String text) {
    return DocumentNumber.FINDER.matcher(text);
  }

  /**
   * Finds the next document number at or after {@code from}: the same match as {@code
   * number.find(from)}.
   */
  public static boolean findNext(String text, Matcher number, int from) {
    return ReferenceFinder.findNumber(text, number, from);
  }
}
