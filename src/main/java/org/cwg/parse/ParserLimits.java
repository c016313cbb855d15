package org.cwg.parse;

import java.time.Duration;

/**
 * Guards against hostile files: a size cap on the file, a cap on the text it may expand to
 * (decompression and entity bombs), and a wall-clock limit per file.
 *
 * @param maxFileBytes files larger than this are refused before any parsing
 * @param maxTextChars parsing stops once the extracted text grows past this
 * @param timeout reading and analysing one file may take at most this long
 */
public record ParserLimits(long maxFileBytes, long maxTextChars, Duration timeout) {

  /** 100 MB files, 20 million characters of text, 60 seconds a file. */
  public static ParserLimits defaults() {
    return new ParserLimits(100L * 1024 * 1024, 20_000_000L, Duration.ofSeconds(60));
  }
}
