package org.cwg.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a zip-based document (.docx, .odt) whose parts unzip to far more than the file holds,
 * before Tika reads it.
 *
 * <p>Tika switches POI's zip-bomb check off and counts the characters it emits instead, but its
 * Word extractor emits a whole text run at once: a run of one letter repeated four billion times
 * fills the heap before any count is made. This guard inflates each part once, as a stream, holding
 * nothing, and stops at the first part that inflates more than {@link #MAX_RATIO} times its
 * compressed size or holds a stretch of text longer than the document's text limit.
 */
final class ZipExpansionGuard {

  /** POI's own default: a part may inflate to at most 100 times its compressed size. */
  static final int MAX_RATIO = 100;

  /** Small parts compress extremely well when repetitive; they are no threat whatever the ratio. */
  static final long GRACE_BYTES = 10L * 1024 * 1024;

  private ZipExpansionGuard() {}

  static void check(Path file, long maxTextChars) throws UnreadableFileException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      byte[] buffer = new byte[64 * 1024];
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory()) {
          checkEntry(zip, entry, maxTextChars, buffer);
        }
      }
    } catch (IOException e) {
      // Not a zip Java can read: leave the verdict (corrupt, most likely) to Tika.
    }
  }

  private static void checkEntry(ZipFile zip, ZipEntry entry, long maxTextChars, byte[] buffer)
      throws IOException, UnreadableFileException {
    // The entry's stream stops after its compressed size, so the ratio below holds even when
    // the zip lies about the inflated size.
    long compressed = Math.max(1, entry.getCompressedSize());
    long limit = Math.max(GRACE_BYTES, compressed * MAX_RATIO);
    // Inflation stops at the limit, so a run of text longer than the text limit can only occur
    // in a part allowed to inflate further than that; only such parts need their bytes scanned.
    boolean scanRuns = limit > maxTextChars;
    long inflated = 0;
    long textRun = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        inflated += n;
        if (inflated > limit) {
          throw new UnreadableFileException(
              FailureReason.TOO_LARGE,
              "expands too much: " + entry.getName() + " unzips to over " + limit + " bytes");
        }
        for (int i = 0; scanRuns && i < n; i++) {
          textRun = buffer[i] == '<' ? 0 : textRun + 1;
        }
        if (textRun > maxTextChars) {
          throw new UnreadableFileException(
              FailureReason.TOO_LARGE,
              "more than " + maxTextChars + " characters of text in one run");
        }
      }
    }
  }
}
