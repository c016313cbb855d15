package org.cwg.reuse;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text as normalised words (letters and digits, lower-cased), each with its character span in the
 * text and a hash, so that alignment compares numbers and reports offsets into the original text.
 */
public final class Words {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;
  private final boolean[] quoted;

  /** Computed on first use and kept: a text is aligned with many others. */
  private SeedIndex seedIndex;

  private Fingerprints.Positioned fingerprints;

  private long[] distinctFingerprints;

  private Words(String text, int[] starts, int[] ends, long[] hashes, boolean[] quoted) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    this.quoted = quoted;
  }

  /**
   * The words of {@code text}: maximal runs of letters and digits; case and punctuation ignored.
   */
  public static Words of(String text) {
    return of(text, 0);
  }

  /** The words of {@code text} from offset {@code from} on; offsets stay those of the text. */
  public static Words of(String text, int from) {
    String source = text == null ? "" : text;
    int capacity = Math.max(16, source.length() / 6);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    long[] hashes = new long[capacity];
    boolean[] quoted = new boolean[capacity];
    boolean inQuotes = false;
    int count = 0;
    int i = Math.max(0, Math.min(from, source.length()));
    int length = source.length();
    while (i < length) {
      int c = source.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        inQuotes = quoteState(inQuotes, c);
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      // The hash of the lower-cased word, as String.hashCode gives it, computed in place for ASCII
      // words; any other word goes through toLowerCase, whose rules (final sigma) need it whole.
      int code = 0;
      boolean ascii = true;
      while (i < length) {
        int d = source.codePointAt(i);
        if (!Character.isLetterOrDigit(d)) {
          break;
        }
        if (d < 0x80) {
          code = 31 * code + (d >= 'A' && d <= 'Z' ? d + ('a' - 'A') : d);
        } else {
          ascii = false;
        }
        i += Character.charCount(d);
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        hashes = Arrays.copyOf(hashes, count * 2);
        quoted = Arrays.copyOf(quoted, count * 2);
      }
      quoted[count] = inQuotes;
      starts[count] = start;
      ends[count] = i;
      if (!ascii) {
        code = source.substring(start, i).toLowerCase(Locale.ROOT).hashCode();
      }
      hashes[count] = Hashes.mix(code);
      count++;
    }
    return new Words(
        source,
        Arrays.copyOf(starts, count),
        Arrays.copyOf(ends, count),
        Arrays.copyOf(hashes, count),
        Arrays.copyOf(quoted, count));
  }

  /** Whether the text is inside quotation marks after {@code c}; a paragraph ends a quotation. */
  private static boolean quoteState(boolean inQuotes, int c) {
    return switch (c) {
      case '\u201c', '\u00ab', '\u201e' -> true;
      case '\u201d', '\u00bb' -> false;
      case '"' -> !inQuotes;
      case '\n' -> false;
      default -> inQuotes;
    };
  }

  public int size() {
    return hashes.length;
  }

  public String text() {
    return text;
  }

  /** Offset in the text where word {@code index} starts. */
  public int start(int index) {
    return starts[index];
  }

  /** Offset in the text just past word {@code index}. */
  public int end(int index) {
    return ends[index];
  }

  long hash(int index) {
    return hashes[index];
  }

  SeedIndex seedIndex() {
    if (seedIndex == null) {
      seedIndex = Aligner.seedIndexOf(this);
    }
    return seedIndex;
  }

  /** The text's fingerprints with the word each starts at. */
  public Fingerprints.Positioned fingerprints() {
    if (fingerprints == null) {
      fingerprints = Fingerprints.positioned(this);
    }
    return fingerprints;
  }

  /**
   * The text's distinct fingerprints, sorted; kept, as a text is compared with many others. Callers
   * must not change the array.
   */
  public long[] distinctFingerprints() {
    if (distinctFingerprints == null) {
      distinctFingerprints = Fingerprints.distinct(fingerprints().hashes());
    }
    return distinctFingerprints;
  }

  /** Whether word {@code index} lies inside quotation marks. */
  public boolean quoted(int index) {
    return quoted[index];
  }

  /** The text from word {@code from} to word {@code to} (exclusive), as written. */
  public String span(int from, int to) {
    return text.substring(starts[from], ends[to - 1]);
  }
}
